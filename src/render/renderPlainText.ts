import type { Answer, Block, FactLine } from '../answer/model.js';

function fact(f: FactLine): string {
  return `  • ${f.text}${f.unconfirmed ? ' (unconfirmed)' : ''}`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'program': {
      const p = block.program;
      // At most three lines a program: name and link, rating and relevance, why it matched.
      const lines = [
        `• ${p.name}: ${p.cebc.url}`,
        `  Rating: ${p.rating.level} (${p.rating.name}) · CWS relevance: ${p.relevance}`,
      ];
      if (block.reasons.length > 0) lines.push(`  Why: ${block.reasons.join('; ')}`);
      return lines.join('\n');
    }
    case 'facts':
      return [`${block.heading}:`, ...block.facts.map(fact)].join('\n');
    case 'quote':
      return `"${block.text}"\n  (${block.attribution.label}, ${block.attribution.url})`;
    case 'comparison':
      return block.rows
        .map(
          (row) =>
            `${row.label}: ${block.programs.map((p, i) => `${p.shortName} ${row.values[i] ?? ''}`).join(' | ')}`,
        )
        .join('\n');
    case 'resources':
      return [
        `${block.heading}:`,
        ...block.items.map(
          (r) => `  • ${r.name}: ${r.how.join(' · ')}. ${r.detail}${r.url ? ` ${r.url}` : ''}`,
        ),
      ].join('\n');
    case 'examples':
      return [`${block.heading}:`, ...block.questions.map((q) => `  • ${q}`)].join('\n');
    case 'links':
      return block.links.map((l) => `${l.label}: ${l.url}`).join('\n');
    case 'note':
      return block.text;
    case 'more':
      return `${block.label}: ask "${block.question}".`;
  }
}

/** The plain-text rendering: the CLI's output and the notification/screen-reader fallback. */
export function renderPlainText(answer: Answer): string {
  return [answer.title, ...answer.blocks.map(renderBlock)].join('\n\n');
}
