import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultContentDir, loadContent } from '../../src/content/loadContent.js';
import { content } from '../helpers/core.js';

const dirs: string[] = [];
function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sts-outside-'));
  dirs.push(dir);
  cpSync(defaultContentDir(), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}
interface OutsideJson {
  id: string;
  name: string;
  aliases: string[];
  facts: { source: string }[];
  relatedProgramIds?: string[];
}
/** Edits a copy of outside-programs.json; `first` is its first program (Resilience Alliance). */
function editOutside(dir: string, edit: (first: OutsideJson, programs: OutsideJson[]) => void): void {
  const file = join(dir, 'outside-programs.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { programs: OutsideJson[] };
  const [first] = data.programs;
  if (!first) throw new Error('outside-programs.json has no programs');
  edit(first, data.programs);
  writeFileSync(file, JSON.stringify(data));
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('outside programs', () => {
  it('holds the programs people ask about that are not among the five rated ones', () => {
    const ids = content.outsidePrograms.programs.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'resilience-alliance',
        'ce-cert',
        'stsi-oa',
        'arp-compassion-fatigue',
        'tf-cbt-self-care',
      ]),
    );
    const rated = new Set(content.programs.map((p) => p.id));
    for (const id of ids) expect(rated.has(id)).toBe(false);
    expect(content.outsidePrograms.cebcSearch.url).toMatch(/^https:\/\/www\.cebc4cw\.org\//);
  });

  it('answers to the abbreviations and spellings people type', () => {
    const byAlias = new Map(
      content.outsidePrograms.programs.flatMap((p) => p.aliases.map((a) => [a.toLowerCase(), p.id])),
    );
    expect(byAlias.get('stsi-oa')).toBe('stsi-oa');
    expect(byAlias.get('ce-cert')).toBe('ce-cert');
    expect(byAlias.get('arp')).toBe('arp-compassion-fatigue');
    expect(byAlias.get('tf-cbt')).toBe('tf-cbt-self-care');
    expect(byAlias.get('mbsr')).toBe('mindfulness-based-programs');
    expect(byAlias.get('resilience alliance')).toBe('resilience-alliance');
  });

  it('never states its place on the CEBC as certain: the research could not confirm it for any', () => {
    for (const p of content.outsidePrograms.programs) {
      expect(p.cebcStatus.status, p.id).toBe('unconfirmed');
    }
  });

  it('rejects an alias that is a rated program name, a duplicate id and an unknown related id', () => {
    const alias = copyOfContent();
    editOutside(alias, (first) => {
      first.aliases.push('CRM');
    });
    expect(() => loadContent(alias)).toThrow(/alias "CRM" is a name of the rated program "crm"/);

    const dup = copyOfContent();
    editOutside(dup, (first, programs) => {
      programs.push({ ...first, aliases: ['Another'], name: 'Another' });
    });
    expect(() => loadContent(dup)).toThrow(/the id "resilience-alliance" is already used/);

    const related = copyOfContent();
    editOutside(related, (first) => {
      first.relatedProgramIds = ['nope'];
    });
    expect(() => loadContent(related)).toThrow(/relatedProgramIds "nope" is not a program id/);
  });

  it('names the file and the field when a fact has no source', () => {
    const dir = copyOfContent();
    editOutside(dir, (first) => {
      const [fact] = first.facts;
      if (fact) fact.source = 'nctsn';
    });
    expect(() => loadContent(dir)).toThrow(
      /outside-programs\.json is invalid:\n {2}programs\[0\]\.facts\[0\]\.source: must be an absolute http/,
    );
  });
});
