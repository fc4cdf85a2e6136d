import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_COMMAND, SEARCH_PARAMETER } from '../../adapters/teams/searchPrograms.js';
import {
  buildTeamsPackage,
  fillManifest,
  PACKAGE_NAME,
  validateManifest,
} from '../../manifest/teams/buildTeamsPackage.js';

const APP_ID = '5f0a3c1e-8b2d-4c6f-9a7e-1d3b5c7e9f20';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'sts-teams-package-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Manifest = {
  id: string;
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  composeExtensions: {
    botId: string;
    commands: { id: string; type: string; parameters: { name: string }[] }[];
  }[];
};

describe('Teams manifest template', () => {
  const manifest = fillManifest(APP_ID) as Manifest;

  it('is valid against the v1.22 schema once the app id is filled in (offline)', async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('uses the app id for the app, the bot and the search extension', () => {
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0]?.botId).toBe(APP_ID);
  });

  it('offers the bot in 1:1, team and group chat, with help, programs and tips commands', () => {
    expect(manifest.bots[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title)).toEqual([
      'help',
      'programs',
      'tips',
    ]);
  });

  it('declares the search command and parameter the adapter handles', () => {
    const [command] = manifest.composeExtensions[0]?.commands ?? [];
    expect(command).toMatchObject({ id: SEARCH_COMMAND, type: 'query' });
    expect(command?.parameters.map((p) => p.name)).toEqual([SEARCH_PARAMETER]);
  });

  it('fails validation for the lower-case "groupchat" scope the docs samples use', async () => {
    const broken = JSON.parse(JSON.stringify(manifest).replace('"groupChat"', '"groupchat"'));
    expect((await validateManifest(broken)).join('\n')).toContain('scopes');
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    expect(pngSize(readFileSync(join(repoRoot, 'manifest/teams/color.png')))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(readFileSync(join(repoRoot, 'manifest/teams/outline.png')))).toEqual({
      width: 32,
      height: 32,
    });
  });

  it('refuses a missing or malformed app id with a clear message', () => {
    expect(() => fillManifest(undefined)).toThrow(/MicrosoftAppId is not set/);
    expect(() => fillManifest('not-a-guid')).toThrow(/must be a GUID/);
  });
});

describe('Teams app package', () => {
  it('refuses the template’s placeholder pages, naming what to set', async () => {
    await expect(buildTeamsPackage(APP_ID, temp)).rejects.toThrow(
      /TEAMS_WEBSITE_URL \(now https:\/\/sts-bot\.example\.org\).*TEAMS_PRIVACY_URL.*TEAMS_TERMS_URL.*--allow-placeholders/,
    );
    await expect(
      buildTeamsPackage(APP_ID, temp, { urls: { websiteUrl: 'https://wellbeing.agency.gov' } }),
    ).rejects.toThrow(/TEAMS_PRIVACY_URL/);
  });

  it('puts the given pages in the manifest', async () => {
    const urls = {
      websiteUrl: 'https://wellbeing.agency.gov',
      privacyUrl: 'https://wellbeing.agency.gov/privacy',
      termsOfUseUrl: 'https://wellbeing.agency.gov/terms',
    };
    const file = await buildTeamsPackage(APP_ID, temp, { urls });
    const zip = await JSZip.loadAsync(readFileSync(file));
    const packed = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as {
      developer: Record<string, string>;
    };
    expect(packed.developer).toMatchObject(urls);
  });

  it('zips the filled-in manifest and both icons (placeholders allowed for a test tenant)', async () => {
    const file = await buildTeamsPackage(APP_ID, temp, { allowPlaceholders: true });
    expect(file).toBe(join(temp, PACKAGE_NAME));
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as Manifest;
    expect(packed.id).toBe(APP_ID);
    const outline = await zip.file('outline.png')?.async('nodebuffer');
    expect(outline && pngSize(outline)).toEqual({ width: 32, height: 32 });
  });

  it('npm run package:teams refuses placeholders unless --allow-placeholders is given', async () => {
    const env = {
      ...process.env,
      MicrosoftAppId: APP_ID,
      TEAMS_WEBSITE_URL: '',
      TEAMS_PRIVACY_URL: '',
      TEAMS_TERMS_URL: '',
    };
    const script = ['--import', 'tsx', 'manifest/teams/buildPackage.ts'];
    const refused = promisify(execFile)(process.execPath, script, { cwd: repoRoot, env });
    await expect(refused).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('placeholder pages'),
    });
    const allowed = await promisify(execFile)(process.execPath, [...script, '--allow-placeholders'], {
      cwd: repoRoot,
      env,
    });
    expect(allowed.stdout).toContain(PACKAGE_NAME);
  });

  it('npm run package:teams exits with the message when the app id is not a GUID', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'manifest/teams/buildPackage.ts'], {
      cwd: repoRoot,
      env: { ...process.env, MicrosoftAppId: 'not-a-guid' },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('must be a GUID') });
  });
});
