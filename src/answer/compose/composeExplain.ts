import type { Content } from '../../content/loadContent.js';
import type { ExplainTopic } from '../../query/parseQuestion.js';
import type { Answer, Block } from '../model.js';
import { factLines } from '../summarizeProgram.js';

function ratingBlocks(
  content: Content,
  topic: Extract<ExplainTopic, { kind: 'rating' }>,
): { title: string; blocks: Block[] } {
  const scale = content.glossary.ratingScale;
  const chosen = topic.level ? scale.levels.find((l) => l.level === topic.level) : undefined;
  const here = content.programs.filter((p) => p.rating.level === topic.level).map((p) => p.shortName);
  if (chosen) {
    const blocks: Block[] = [
      {
        type: 'paragraph',
        text: `A CEBC rating of ${chosen.level} means "${chosen.name}". ${chosen.meaning}`,
      },
      { type: 'paragraph', text: scale.summary },
    ];
    if (chosen.status === 'unconfirmed') {
      blocks.push({
        type: 'note',
        text: 'This description is our summary and is unconfirmed; the CEBC scale page has the exact wording.',
      });
    }
    blocks.push({
      type: 'note',
      text:
        here.length > 0
          ? `In the STS topic, rated ${chosen.level}: ${here.join(', ')}.`
          : `No program in the STS topic is rated ${chosen.level}.`,
    });
    blocks.push({ type: 'links', links: [{ label: 'CEBC Scientific Rating Scale', url: chosen.source }] });
    return { title: `Rating ${chosen.level}: ${chosen.name}`, blocks };
  }
  return {
    title: 'The CEBC Scientific Rating Scale',
    blocks: [
      { type: 'paragraph', text: scale.summary },
      {
        type: 'facts',
        heading: 'The levels',
        facts: scale.levels.map((l) => ({
          text: `${l.level}: ${l.name}`,
          source: l.source,
          unconfirmed: false,
        })),
      },
      { type: 'links', links: [{ label: 'CEBC Scientific Rating Scale', url: scale.source }] },
    ],
  };
}

function relevanceBlocks(
  content: Content,
  topic: Extract<ExplainTopic, { kind: 'relevance' }>,
): { title: string; blocks: Block[] } {
  const rel = content.glossary.relevanceLevels;
  const levels = topic.level ? rel.levels.filter((l) => l.level === topic.level) : rel.levels;
  return {
    title: topic.level ? `CWS relevance: ${topic.level}` : 'CEBC Child Welfare System Relevance Levels',
    blocks: [
      { type: 'paragraph', text: rel.summary },
      {
        type: 'facts',
        heading: topic.level ? `${topic.level} relevance` : 'The levels',
        facts: levels.map((l) => ({
          text: `${l.level}: ${l.meaning}`,
          source: l.source,
          unconfirmed: false,
        })),
      },
      { type: 'links', links: [{ label: 'CEBC relevance levels', url: rel.source }] },
    ],
  };
}

export function composeExplain(content: Content, topic: ExplainTopic): Answer {
  let title: string;
  let blocks: Block[];
  if (topic.kind === 'rating') {
    ({ title, blocks } = ratingBlocks(content, topic));
  } else if (topic.kind === 'relevance') {
    ({ title, blocks } = relevanceBlocks(content, topic));
  } else {
    const entry = content.glossary.entries.find((e) => e.id === topic.id);
    if (!entry) throw new Error(`glossary entry ${topic.id} missing`);
    title = entry.term;
    blocks = [{ type: 'paragraph', text: entry.summary }];
    if (entry.id === 'topic') {
      const t = content.topic;
      blocks.push({ type: 'paragraph', text: `${t.inclusionCriteria} ${t.ratingCriteria}` });
      blocks.push({ type: 'paragraph', text: `Who it is for: ${t.targetPopulation}` });
    }
    if (entry.points.length > 0)
      blocks.push({ type: 'facts', heading: 'In short', facts: factLines(entry.points) });
    blocks.push({
      type: 'links',
      links: entry.sources.map((url, i) => ({ label: i === 0 ? 'Source' : `Source ${i + 1}`, url })),
    });
  }
  return { intent: 'explain', title, blocks, programs: [], private: false };
}
