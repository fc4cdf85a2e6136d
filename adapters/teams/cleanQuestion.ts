import { type Activity, TurnContext } from 'botbuilder';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/**
 * Leftover mention markup, HTML and entities. removeRecipientMention misses mentions whose entity
 * text differs from the message text, and other people's mentions stay in, so strip them too.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (entity) => ENTITIES[entity] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The question a message asks the bot, without the bot's @mention. Only ever passed to the core. */
export function cleanQuestion(activity: Partial<Activity>): string {
  if (typeof activity.text !== 'string') return '';
  // removeRecipientMention writes to the activity it is given; keep the turn's activity intact.
  const withoutMention = TurnContext.removeRecipientMention({ ...activity }) ?? activity.text;
  return stripMarkup(withoutMention);
}
