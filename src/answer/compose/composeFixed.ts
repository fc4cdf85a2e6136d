import type { Content } from '../../content/loadContent.js';
import type { Tip } from '../../content/schema.js';
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

/** Help; after a "thanks", the same with a warmer first line. */
export function composeHelp(content: Content, thanks = false): Answer {
  const intro = `I help you find and compare the ${content.programs.length} programs the CEBC lists for preventing and reducing secondary traumatic stress (STS), explain the terms, and share self-care tips.`;
  const blocks: Block[] = [
    { type: 'paragraph', text: thanks ? `You're welcome. Take care of yourself today. ${intro}` : intro },
    { type: 'examples', heading: 'Try asking', questions: EXAMPLE_QUESTIONS },
    { type: 'note', text: content.crisis.disclaimer },
  ];
  return {
    intent: 'help',
    title: thanks ? "You're welcome" : 'What I can help with',
    blocks,
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
