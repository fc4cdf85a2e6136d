import type { Answerer } from '../../src/answer/answer.js';
import type { Answer, ProgramSummary } from '../../src/answer/model.js';

/** The question whose answer lists every program; the directory is built from the core's own answer. */
const ALL_PROGRAMS = 'programs';

export interface ProgramDirectory {
  all(): ProgramSummary[];
  /** The core's detail answer for a program id (short, or the full profile), or undefined when unknown. */
  detail(programId: string, full?: boolean): Answer | undefined;
}

/** Maps program ids (from buttons and search results) back to questions the core understands. */
export function createProgramDirectory(answer: Answerer): ProgramDirectory {
  const programs = answer(ALL_PROGRAMS).blocks.flatMap((b) => (b.type === 'program' ? [b.program] : []));
  const byId = new Map(programs.map((p) => [p.id, p]));
  return {
    all: () => [...programs],
    detail(programId, full = false) {
      const program = byId.get(programId);
      if (!program) return undefined;
      const result = answer(full ? `more about ${program.shortName}` : program.shortName);
      return result.intent === 'detail' && result.programs[0] === programId ? result : undefined;
    },
  };
}
