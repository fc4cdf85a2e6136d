import type { Answer } from '../answer/model.js';
import type { Content } from '../content/loadContent.js';
import type { Tip } from '../content/schema.js';

/** The weekly post: the tip, where the idea comes from, and one line pointing to help. */
export function composeWeeklyTip(content: Content, tip: Tip, eapText?: string): Answer {
  const [first, second] = content.crisis.resources;
  const lines = [first, second].filter((r) => r !== undefined).map((r) => `${r.name}: ${r.how.join(', ')}`);
  const help = `If this week is heavy: ${eapText ? `${eapText} · ` : ''}${lines.join(' · ')}. In immediate danger, call 911.`;
  return {
    intent: 'tip',
    title: "This week's self-care tip",
    blocks: [
      { type: 'paragraph', text: tip.text },
      { type: 'links', links: [{ label: 'Where this idea comes from', url: tip.source }] },
      { type: 'note', text: help },
    ],
    programs: [],
    private: false,
  };
}
