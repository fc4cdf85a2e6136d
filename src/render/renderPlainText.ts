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
      const lines = [
        `• ${p.name}`,
        `  Rating: ${p.rating.level} (${p.rating.name}) · CWS relevance: ${p.relevance}`,
      ];
      if (block.reasons.length > 0) lines.push(`  Why: ${block.reasons.join('; ')}`);
      lines.push(`  ${p.cebc.label}: ${p.cebc.url}`);
      return lines.join('\n');
    }
    case 'facts':
      return [`${block.heading}:`, ...block.facts.map(fact)].join('\n');
    case 'quote':
      return `"${block.text}"\n  (${block.attribution.label}, ${block.attribution.url})`;
    case 'comparison': {
      const lines: string[] = [];
      block.programs.forEach((p, i) => {
        lines.push(`${p.name}`);
        for (const row of block.rows) lines.push(`  ${row.label}: ${row.values[i] ?? ''}`);
      });
      return lines.join('\n');
    }
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
  }
}

/** The plain-text rendering: the CLI's output and the notification/screen-reader fallback. */
export function renderPlainText(answer: Answer): string {
  return [answer.title, ...answer.blocks.map(renderBlock)].join('\n\n');
}
