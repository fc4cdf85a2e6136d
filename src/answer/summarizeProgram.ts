import type { Content } from '../content/loadContent.js';
import type { Fact, Program } from '../content/schema.js';
import type { FactLine, ProgramSummary } from './model.js';

export function ratingName(content: Content, level: string): { name: string; shortName: string } {
  const found = content.glossary.ratingScale.levels.find((l) => l.level === level);
  return found ? { name: found.name, shortName: found.shortName } : { name: level, shortName: level };
}

export function summarizeProgram(content: Content, program: Program): ProgramSummary {
  return {
    id: program.id,
    name: program.name,
    shortName: program.shortName,
    rating: { level: program.rating.level, ...ratingName(content, program.rating.level) },
    relevance: program.relevance.level,
    cebc: {
      label: program.cebcPage.kind === 'program' ? 'CEBC program page' : 'CEBC topic page',
      url: program.cebcPage.url,
    },
  };
}

export function factLines(facts: Fact[]): FactLine[] {
  return facts.map((f) => ({ text: f.text, source: f.source, unconfirmed: f.status === 'unconfirmed' }));
}

/** A one-line value for tables: the first fact, marked when unconfirmed. */
export function firstFact(facts: Fact[], fallback = 'Not found in our sources'): string {
  const first = facts[0];
  if (!first) return fallback;
  return first.status === 'unconfirmed' ? `${first.text} (unconfirmed)` : first.text;
}

export function ratingLabel(summary: ProgramSummary): string {
  return `${summary.rating.level} (${summary.rating.shortName})`;
}
