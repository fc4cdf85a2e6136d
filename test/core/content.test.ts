import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, defaultContentDir, loadContent } from '../../src/content/loadContent.js';
import { content } from '../helpers/core.js';

const dirs: string[] = [];
function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sts-content-'));
  dirs.push(dir);
  cpSync(defaultContentDir(), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}
function editJson(file: string, edit: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, JSON.stringify(data));
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('content', () => {
  it('has the five programs with their stable ids, ratings and relevance', () => {
    const summary = content.programs.map((p) => [p.id, p.rating.level, p.relevance.level]);
    expect(summary).toEqual([
      ['crm', '3', 'Medium'],
      ['cft-sts', '3', 'Medium'],
      ['eft-hp', '3', 'High'],
      ['mockingbird-family', '3', 'High'],
      ['schc', '3', 'Medium'],
    ]);
  });

  it('sources every fact', () => {
    for (const p of content.programs) {
      const facts = [
        ...p.developer,
        ...p.audience.facts,
        ...p.format.facts,
        ...p.length.facts,
        ...p.research,
      ];
      for (const f of facts) expect(f.source).toMatch(/^https?:\/\//);
    }
  });

  it('rejects a broken program file naming the file, the field and the problem', () => {
    const dir = copyOfContent();
    editJson(join(dir, 'programs', 'crm.json'), (d) => {
      (d.rating as Record<string, unknown>).level = '7';
    });
    expect(() => loadContent(dir)).toThrow(ContentError);
    expect(() => loadContent(dir)).toThrow(
      /programs\/crm\.json is invalid:\n {2}rating\.level: Invalid option/,
    );
  });

  it('rejects a fact without a source URL', () => {
    const dir = copyOfContent();
    editJson(join(dir, 'programs', 'schc.json'), (d) => {
      ((d.research as Record<string, unknown>[])[0] as Record<string, unknown>).source = 'somewhere';
    });
    expect(() => loadContent(dir)).toThrow(/research\[0\]\.source: must be an absolute http\(s\) URL/);
  });

  it('rejects malformed JSON, unknown fields, duplicate aliases and dangling tip program ids', () => {
    const bad = copyOfContent();
    writeFileSync(join(bad, 'glossary.json'), '{ "entries": [ ');
    expect(() => loadContent(bad)).toThrow(/glossary\.json: cannot read it as JSON/);

    const extra = copyOfContent();
    editJson(join(extra, 'programs', 'crm.json'), (d) => {
      d.ratingg = '3';
    });
    expect(() => loadContent(extra)).toThrow(/crm\.json is invalid/);

    const dup = copyOfContent();
    editJson(join(dup, 'programs', 'schc.json'), (d) => {
      (d.aliases as string[]).push('CRM');
    });
    expect(() => loadContent(dup)).toThrow(/alias "CRM" is also used by "crm"/);

    const tip = copyOfContent();
    editJson(join(tip, 'tips.json'), (d) => {
      ((d.tips as Record<string, unknown>[])[0] as Record<string, unknown>).programId = 'nope';
    });
    expect(() => loadContent(tip)).toThrow(/programId "nope" is not a program id/);
  });

  it('adds a sixth program with a content edit only, moving it out of the outside programs', () => {
    const dir = copyOfContent();
    editJson(join(dir, 'outside-programs.json'), (d) => {
      d.programs = (d.programs as { id: string }[]).filter((p) => p.id !== 'resilience-alliance');
    });
    const crm = JSON.parse(readFileSync(join(dir, 'programs', 'crm.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      join(dir, 'programs', 'resilience-alliance.json'),
      JSON.stringify({
        ...crm,
        id: 'resilience-alliance',
        name: 'Resilience Alliance',
        shortName: 'Resilience Alliance',
        aliases: ['Resilience Alliance', 'RA program'],
        relevance: { level: 'High', source: 'https://www.cebc4cw.org/program/resilience-alliance/' },
      }),
    );
    const six = loadContent(dir);
    expect(six.programs).toHaveLength(6);
  });
});
