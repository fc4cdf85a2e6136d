import { z } from 'zod';

/**
 * Tappable phone and text lines for Teams cards: "Call 988" opens the dialer (tel:), "Text HOME to
 * 741741" the messaging app with the word filled in (sms:). Labels stay short so two fit side by side
 * on a 320 px phone screen ("988 Suicide & Crisis Lifeline" as a button label is cut off there).
 */
export interface PhoneAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

const CALL = /\bcall (\d{3,11})\b/gi;
const TEXT = /\btext (?:([A-Z]{2,10}) to )?(\d{3,11})\b/gi;

/** The call and text actions a line of crisis text names, in order, without repeats. */
export function phoneActions(text: string): PhoneAction[] {
  const found: { at: number; action: PhoneAction }[] = [];
  for (const m of text.matchAll(CALL)) {
    found.push({
      at: m.index,
      action: { type: 'Action.OpenUrl', title: `Call ${m[1]}`, url: `tel:${m[1]}` },
    });
  }
  for (const m of text.matchAll(TEXT)) {
    const body = m[1] ? `?&body=${encodeURIComponent(m[1])}` : '';
    found.push({
      at: m.index,
      action: { type: 'Action.OpenUrl', title: `Text ${m[2]}`, url: `sms:${m[2]}${body}` },
    });
  }
  const byUrl = new Map<string, PhoneAction>();
  for (const { action } of found.sort((a, b) => a.at - b.at)) {
    if (!byUrl.has(action.url)) byUrl.set(action.url, action);
  }
  return [...byUrl.values()];
}

/** The data an example-question button sends back; answered like a question typed in that chat. */
export const ASK_ACTION = 'sts.ask';

export interface AskData {
  action: typeof ASK_ACTION;
  question: string;
}

const AskSubmit = z.looseObject({ action: z.literal(ASK_ACTION), question: z.string().min(1).max(200) });

export function askData(question: string): AskData {
  return { action: ASK_ACTION, question };
}

/** The question from a tapped example, or undefined for anything else. */
export function parseAskSubmit(value: unknown): string | undefined {
  const parsed = AskSubmit.safeParse(value);
  return parsed.success ? parsed.data.question : undefined;
}
