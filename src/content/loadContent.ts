import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  type Crisis,
  CrisisSchema,
  type Glossary,
  GlossarySchema,
  type OutsidePrograms,
  OutsideProgramsSchema,
  type Program,
  ProgramSchema,
  type Tip,
  TipsSchema,
  type Topic,
  TopicSchema,
} from './schema.js';

export interface Content {
  topic: Topic;
  programs: Program[];
  glossary: Glossary;
  crisis: Crisis;
  tips: Tip[];
  /** Programs people ask about that are not among the topic's rated programs, and the CEBC search link. */
  outsidePrograms: OutsidePrograms;
}

/** Thrown when a content file is missing or invalid; the message names the file, the field and the fix. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** The project folder (with package.json and content/), found whether code runs from the source or dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'content', 'programs')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new ContentError('cannot find the project folder with content/; set CONTENT_DIR to the content path');
}

export function defaultContentDir(): string {
  return join(projectRoot(), 'content');
}

function describePath(path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function readJson<T>(file: string, schema: z.ZodType<T>, root: string): T {
  const shown = relative(resolve(root, '..'), file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ContentError(`${shown}: cannot read it as JSON (${why})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 8)
      .map((issue) => `  ${describePath(issue.path)}: ${issue.message}`);
    throw new ContentError(`${shown} is invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Outside programs must never answer to a rated program's name, and may only relate to real ids. */
function checkOutsidePrograms(outside: OutsidePrograms, programs: Program[]): void {
  const where = 'content/outside-programs.json';
  const ratedAlias = new Map<string, string>();
  for (const p of programs) {
    for (const alias of [p.name, p.shortName, ...p.aliases]) ratedAlias.set(alias.toLowerCase(), p.id);
  }
  const ids = new Set(programs.map((p) => p.id));
  const outsideIds = new Set<string>();
  const owner = new Map<string, string>();
  for (const o of outside.programs) {
    if (ids.has(o.id) || outsideIds.has(o.id))
      throw new ContentError(`${where}: the id "${o.id}" is already used; ids must be unique`);
    outsideIds.add(o.id);
    for (const alias of [o.name, ...o.aliases]) {
      const key = alias.toLowerCase();
      const rated = ratedAlias.get(key);
      if (rated)
        throw new ContentError(
          `${where}: ${o.id} alias "${alias}" is a name of the rated program "${rated}"`,
        );
      const other = owner.get(key);
      if (other && other !== o.id)
        throw new ContentError(`${where}: ${o.id} alias "${alias}" is also used by "${other}"`);
      owner.set(key, o.id);
    }
    for (const related of o.relatedProgramIds) {
      if (!ids.has(related))
        throw new ContentError(
          `${where}: ${o.id}.relatedProgramIds "${related}" is not a program id (known: ${[...ids].join(', ')})`,
        );
    }
  }
}

function checkCrossReferences(programs: Program[], tips: Tip[]): void {
  const ids = new Set<string>();
  const aliasOwner = new Map<string, string>();
  for (const program of programs) {
    if (ids.has(program.id))
      throw new ContentError(`content/programs: two programs use the id "${program.id}"`);
    ids.add(program.id);
    for (const alias of [program.shortName, ...program.aliases]) {
      const key = alias.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner && owner !== program.id) {
        throw new ContentError(
          `content/programs/${program.id}.json: alias "${alias}" is also used by "${owner}"; aliases must be unique`,
        );
      }
      aliasOwner.set(key, program.id);
    }
  }
  const tipIds = new Set<string>();
  for (const tip of tips) {
    if (tipIds.has(tip.id)) throw new ContentError(`content/tips.json: two tips use the id "${tip.id}"`);
    tipIds.add(tip.id);
    if (tip.programId && !ids.has(tip.programId)) {
      throw new ContentError(
        `content/tips.json: ${tip.id}.programId "${tip.programId}" is not a program id (known: ${[...ids].join(', ')})`,
      );
    }
  }
}

/** Reads and validates every content file; any problem stops start-up with a message saying what to fix. */
export function loadContent(dir: string = defaultContentDir()): Content {
  const root = resolve(dir);
  const programsDir = join(root, 'programs');
  if (!existsSync(programsDir)) throw new ContentError(`${programsDir}: folder not found`);
  const programFiles = readdirSync(programsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (programFiles.length === 0) throw new ContentError(`${programsDir}: no program files (*.json)`);
  const programs = programFiles.map((f) => {
    const program = readJson(join(programsDir, f), ProgramSchema, root);
    if (`${program.id}.json` !== f) {
      throw new ContentError(
        `content/programs/${f}: id "${program.id}" must match the file name (${program.id}.json)`,
      );
    }
    return program;
  });
  // Name order is the CEBC topic page's order, and the order "compare all" uses.
  programs.sort((a, b) => new Intl.Collator('en').compare(a.name, b.name));
  const tips = readJson(join(root, 'tips.json'), TipsSchema, root).tips;
  checkCrossReferences(programs, tips);
  const outsidePrograms = readJson(join(root, 'outside-programs.json'), OutsideProgramsSchema, root);
  checkOutsidePrograms(outsidePrograms, programs);
  return {
    topic: readJson(join(root, 'topic.json'), TopicSchema, root),
    programs,
    glossary: readJson(join(root, 'glossary.json'), GlossarySchema, root),
    crisis: readJson(join(root, 'crisis.json'), CrisisSchema, root),
    tips,
    outsidePrograms,
  };
}
