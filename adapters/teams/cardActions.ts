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

// "Call 988", "Call or text 988", and the Spanish footer's "Llama al 988".
const CALL = /\b(?:call(?: or text)?|llama al) (\d{3,11})\b/gi;
// "Text 988", "call or text 988", "Text HOME to 741741", "envía AYUDA al 988".
const TEXT = /\b(?:text (?:([A-Z]{2,10}) to )?|envía ([A-Z]{2,10}) al )(\d{3,11})\b/gi;

/** The call and text actions a line of crisis text names, in order, without repeats. */
export function phoneActions(text: string): PhoneAction[] {
  const found: { at: number; action: PhoneAction }[] = [];
  for (const m of text.matchAll(CALL)) {
    const title = m[0].toLowerCase().startsWith('llama') ? `Llamar al ${m[1]}` : `Call ${m[1]}`;
    found.push({ at: m.index, action: { type: 'Action.OpenUrl', title, url: `tel:${m[1]}` } });
  }
  for (const m of text.matchAll(TEXT)) {
    const word = m[1] ?? m[2];
    const body = word ? `?&body=${encodeURIComponent(word)}` : '';
    found.push({
      at: m.index + 1,
      action: {
        type: 'Action.OpenUrl',
        title: m[2] ? `Enviar ${m[2]} al ${m[3]}` : `Text ${m[3]}`,
        url: `sms:${m[3]}${body}`,
      },
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
