import { type Attachment, CardFactory, type MessagingExtensionResponse } from 'botbuilder';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/answer.js';
import type { Answer, Block, ProgramSummary } from '../../src/answer/model.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import type { ProgramDirectory } from './programDirectory.js';
import { renderAdaptiveCard } from './renderAdaptiveCard.js';

/** Must match the command and parameter in manifest/teams/manifest.json. */
export const SEARCH_COMMAND = 'searchPrograms';
export const SEARCH_PARAMETER = 'searchQuery';

const Query = z.looseObject({
  commandId: z.string().optional(),
  parameters: z.array(z.looseObject({ name: z.string(), value: z.unknown() })).optional(),
});

const Selection = z.looseObject({ programId: z.string().min(1).max(100) });

export interface ProgramSearch {
  query(value: unknown): MessagingExtensionResponse;
  select(value: unknown): MessagingExtensionResponse;
}

function result(attachments: (Attachment & { preview?: Attachment })[]): MessagingExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

function card(answer: Answer): Attachment {
  return CardFactory.adaptiveCard(renderAdaptiveCard(answer));
}

/** How much of the CEBC's overview a search result carries: enough to recognise the program. */
const OVERVIEW_CHARS = 240;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A search result inserted into a message: the program's name, rating and relevance, the start of
 * the CEBC overview and the CEBC link. The full detail stays a question away; a 49 KB card per
 * result made the initial list slow and filled the compose box.
 */
function compactAnswer(summary: ProgramSummary, detail: Answer): Answer {
  const overview = detail.blocks.find((b) => b.type === 'quote');
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `Rating ${summary.rating.level} (${summary.rating.name}) · CWS relevance: ${summary.relevance}`,
    },
  ];
  if (overview) blocks.push({ type: 'paragraph', text: clip(overview.text, OVERVIEW_CHARS) });
  blocks.push({ type: 'links', links: [summary.cebc] });
  return { intent: 'detail', title: summary.name, blocks, programs: [summary.id], private: false };
}

/** The search messaging extension: the core decides which programs match, each result is its card. */
export function createProgramSearch(answer: Answerer, directory: ProgramDirectory): ProgramSearch {
  const summaries = new Map(directory.all().map((p) => [p.id, p]));

  const programResult = (programId: string) => {
    const summary = summaries.get(programId);
    const detail = directory.detail(programId);
    if (!summary || !detail) return [];
    const preview = CardFactory.thumbnailCard(
      summary.name,
      `Rating ${summary.rating.level} (${summary.rating.name}) · CWS relevance: ${summary.relevance}`,
      undefined,
      undefined,
      { tap: { type: 'invoke', title: summary.shortName, value: { programId } } },
    );
    return [{ ...card(compactAnswer(summary, detail)), preview }];
  };

  return {
    query(value) {
      const parsed = Query.safeParse(value);
      if (!parsed.success || parsed.data.commandId !== SEARCH_COMMAND) return result([]);
      const param = parsed.data.parameters?.find((p) => p.name === SEARCH_PARAMETER)?.value;
      const text = typeof param === 'string' ? param.trim() : '';
      if (text === '') return result(directory.all().flatMap((p) => programResult(p.id)));
      const found = answer(text);
      // Someone in distress typing into search gets the safety answer as a message shown only to
      // them in the search pane: a 'message' result has nothing to insert into the conversation.
      if (found.private) return { composeExtension: { type: 'message', text: renderPlainText(found) } };
      return result(found.programs.flatMap(programResult));
    },
    select(value) {
      const parsed = Selection.safeParse(value);
      const summary = parsed.success ? summaries.get(parsed.data.programId) : undefined;
      const detail = summary ? directory.detail(summary.id) : undefined;
      return result(summary && detail ? [card(compactAnswer(summary, detail))] : []);
    },
  };
}
