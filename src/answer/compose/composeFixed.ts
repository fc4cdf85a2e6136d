import type { Content } from '../../content/loadContent.js';
import type { Tip } from '../../content/schema.js';
import type { SmalltalkKind } from '../../query/smalltalk.js';
import { LINE_911, LINE_988, LINE_TEXT, resourceItems } from '../../safety/compose/resourceItems.js';
import type { Answer, Block } from '../model.js';

export const EXAMPLE_QUESTIONS = [
  'programs high relevance',
  'online programs for caseworkers',
  'tell me about CRM',
  'how long is EFT-HP?',
  'compare CRM and SCHC',
  'what is STS?',
  'what does a rating of 3 mean?',
  'give me a self-care tip',
];

/** How a channel gets a weekly tip; the words are the ones the tips command understands. */
const TIPS_HOW_TO = [
  'Slack: in the channel, type /sts tips on (Mondays 09:00) or /sts tips on friday 16:00.',
  'Teams: in the channel or chat, @mention me with tips on friday 16:00.',
  'tips shows when the next one comes; tips off stops them.',
];

/** What the bot does; `about: 'tips'` answers "how do I turn on weekly tips" first. */
export function composeHelp(content: Content, about?: 'tips'): Answer {
  if (about === 'tips') {
    return {
      intent: 'help',
      title: 'Weekly self-care tips',
      blocks: [
        {
          type: 'paragraph',
          text: 'I can post one short self-care tip a week to a channel. To turn it on:',
        },
        {
          type: 'examples',
          heading: 'How',
          questions: TIPS_HOW_TO,
        },
        { type: 'note', text: 'For one tip now, ask me "give me a self-care tip".' },
      ],
      programs: [],
      private: false,
    };
  }
  const intro = `I help you find and compare the ${content.programs.length} programs the CEBC lists for preventing and reducing secondary traumatic stress (STS), explain the terms, and share self-care tips.`;
  const blocks: Block[] = [
    { type: 'paragraph', text: intro },
    { type: 'examples', heading: 'Try asking', questions: EXAMPLE_QUESTIONS },
    { type: 'note', text: `Weekly tips for a channel: ${TIPS_HOW_TO[0]}` },
    { type: 'note', text: content.crisis.disclaimer },
    {
      type: 'resources',
      heading: content.crisis.heading,
      items: resourceItems(content.crisis, [LINE_988, LINE_TEXT, LINE_911]),
    },
  ];
  return { intent: 'help', title: 'What I can help with', blocks, programs: [], private: false };
}

const SMALLTALK_LINES: Record<SmalltalkKind, { en: string; es: string }> = {
  greeting: {
    en: 'Hi! Ask me about the CEBC\'s STS programs, a term, or a self-care tip; "help" shows examples.',
    es: '¡Hola! I answer in English: ask me about the CEBC\'s STS programs, or say "help" for examples.',
  },
  thanks: {
    en: "You're welcome. Take care of yourself today.",
    es: '¡De nada! Take care of yourself today.',
  },
  bye: { en: 'Take care. I am here when you need me.', es: '¡Hasta luego! Take care.' },
  ack: {
    en: 'Glad to help. Ask me anything else about the STS programs.',
    es: '¡Vale! Ask me anything else.',
  },
};

/** Greetings, thanks, goodbyes, "ok cool": one line back, not the menu. */
export function composeSmalltalk(kind: SmalltalkKind, spanish: boolean): Answer {
  const line = SMALLTALK_LINES[kind];
  return {
    intent: 'smalltalk',
    title:
      kind === 'thanks'
        ? "You're welcome"
        : kind === 'greeting'
          ? 'Hello'
          : kind === 'bye'
            ? 'Goodbye'
            : 'OK',
    blocks: [{ type: 'paragraph', text: spanish ? line.es : line.en }],
    programs: [],
    private: false,
  };
}

export function composeTip(tip: Tip): Answer {
  const blocks: Block[] = [
    { type: 'paragraph', text: tip.text },
    { type: 'links', links: [{ label: 'Where this idea comes from', url: tip.source }] },
  ];
  return { intent: 'tip', title: 'A self-care tip', blocks, programs: [], private: false };
}

export function composeUnknown(reason: 'too-long' | 'not-understood', maxLength: number): Answer {
  const text =
    reason === 'too-long'
      ? `That message is longer than ${maxLength.toLocaleString('en-US')} characters, which is more than I can read. Please ask a shorter question.`
      : "I can't answer that one. I know about the CEBC's STS programs, the terms around STS, and self-care tips.";
  const blocks: Block[] = [
    { type: 'paragraph', text },
    { type: 'examples', heading: 'You could ask', questions: EXAMPLE_QUESTIONS.slice(0, 6) },
  ];
  return {
    intent: 'unknown',
    title: reason === 'too-long' ? 'Message too long' : "I can't answer that",
    blocks,
    programs: [],
    private: false,
  };
}
