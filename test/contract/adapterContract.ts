import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * One behaviour contract for every platform adapter (after vercel/chat's shared suites): each adapter's
 * test file supplies a driver that talks to the real SDK over loopback HTTP and reads the fake platform.
 */
export interface ContractDriver {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A user asks in a 1:1 conversation; returns the plain text of everything the bot sent back. */
  askDirect(text: string): Promise<string[]>;
  /** A user asks in a shared channel by mentioning the bot. */
  askInChannel(text: string): Promise<{ inChannel: string[]; privateToUser: string[] }>;
  /** The bot's own message arrives as an event: returns how many messages the bot sent in reply. */
  deliverOwnMessage(text: string): Promise<number>;
  /** A request without valid signature/token: returns the HTTP status and how many messages were sent. */
  deliverUnauthenticated(text: string): Promise<{ status: number; sent: number }>;
}

export function runAdapterContract(platform: string, makeDriver: () => ContractDriver): void {
  describe(`${platform} adapter contract`, () => {
    const driver = makeDriver();
    beforeAll(() => driver.start());
    afterAll(() => driver.stop());

    it('answers help', async () => {
      const replies = await driver.askDirect('help');
      expect(replies.join('\n')).toContain('What I can help with');
    });

    it('answers a question with the matching programs', async () => {
      const replies = (await driver.askDirect('programs high relevance')).join('\n');
      expect(replies).toContain('Emotion-Focused Training for Helping Professionals');
      expect(replies).toContain('Mockingbird Family');
      expect(replies).not.toContain('Community Resiliency Model');
    });

    it('ignores its own messages', async () => {
      expect(await driver.deliverOwnMessage('programs high relevance')).toBe(0);
    });

    it('refuses unauthenticated requests and processes nothing', async () => {
      const { status, sent } = await driver.deliverUnauthenticated('programs high relevance');
      expect(status).toBe(401);
      expect(sent).toBe(0);
    });

    it('keeps crisis answers out of the channel and gives the numbers privately', async () => {
      const { inChannel, privateToUser } = await driver.askInChannel('i want to end my life');
      const privateText = privateToUser.join('\n');
      expect(privateText).toContain('988');
      expect(privateText).toContain('741741');
      for (const text of inChannel) {
        expect(text).not.toContain('end my life');
        expect(text).not.toContain('988 Suicide');
      }
    });

    it.each([
      ['danger now', 'i have the pills in my hand right now', 'Call 911 now'],
      [
        'worry about someone else',
        'my coworker said she wants to kill herself, what do i do',
        'someone else',
      ],
      ['a heavy day', 'i cried in the car after court again today', 'common for people who do this work'],
    ])('keeps %s private too', async (_name, words, expected) => {
      const { inChannel, privateToUser } = await driver.askInChannel(words);
      expect(privateToUser.join('\n')).toContain(expected);
      for (const text of inChannel) {
        expect(text).not.toContain(expected);
        expect(text).not.toContain(words.slice(0, 16));
      }
    });

    it('never echoes mass mentions or markup from the question', async () => {
      const replies = (await driver.askDirect('<!channel> @here <b>tell me about crm</b>')).join('\n');
      expect(replies).not.toMatch(/<!channel>|<!here>|@here|<b>/);
    });
  });
}
