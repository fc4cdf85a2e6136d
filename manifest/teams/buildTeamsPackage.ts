import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppManifest, AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';

export const APP_ID_PLACEHOLDER = '{{MICROSOFT_APP_ID}}';
export const PACKAGE_NAME = 'teams-app-package.zip';
const ICONS = ['color.png', 'outline.png'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const here = (file: string) => new URL(`./${file}`, import.meta.url);

export class PackageError extends Error {
  override name = 'PackageError';
}

/** The developer pages Teams shows on the app's details; the template's example.org ones are placeholders. */
export interface DeveloperUrls {
  websiteUrl?: string | undefined;
  privacyUrl?: string | undefined;
  termsOfUseUrl?: string | undefined;
}

export interface PackageOptions {
  urls?: DeveloperUrls;
  /** Build with the template's placeholder pages anyway (for a test tenant only). */
  allowPlaceholders?: boolean;
}

const URL_SETTINGS: Record<keyof DeveloperUrls, string> = {
  websiteUrl: 'TEAMS_WEBSITE_URL',
  privacyUrl: 'TEAMS_PRIVACY_URL',
  termsOfUseUrl: 'TEAMS_TERMS_URL',
};
const PLACEHOLDER_HOST = /(^|\.)example\.(org|com|net)$|^your-host$/i;

function isPlaceholder(url: string): boolean {
  try {
    return PLACEHOLDER_HOST.test(new URL(url).hostname);
  } catch {
    return true;
  }
}

/**
 * Puts the given developer pages into the manifest and refuses any that are still placeholders,
 * naming the variable to set, unless the caller allows placeholders.
 */
export function applyDeveloperUrls(manifest: unknown, options: PackageOptions = {}): unknown {
  const filled = manifest as { developer: Record<keyof DeveloperUrls, string> };
  const placeholders: string[] = [];
  for (const key of Object.keys(URL_SETTINGS) as (keyof DeveloperUrls)[]) {
    const given = options.urls?.[key]?.trim();
    if (given) filled.developer[key] = given;
    if (isPlaceholder(filled.developer[key]))
      placeholders.push(`${URL_SETTINGS[key]} (now ${filled.developer[key]})`);
  }
  if (placeholders.length > 0 && !options.allowPlaceholders) {
    throw new PackageError(
      `The Teams app would show placeholder pages. Set ${placeholders.join(', ')} to your organisation's https pages, or pass --allow-placeholders for a test tenant.`,
    );
  }
  return filled;
}

/** The manifest template with the bot's app id filled in (the app id doubles as the Teams app id). */
export function fillManifest(appId: string | undefined): unknown {
  if (!appId?.trim()) {
    throw new PackageError(
      "MicrosoftAppId is not set. Set it to the bot's Microsoft App ID (a GUID from the Azure Bot resource), e.g. MicrosoftAppId=00000000-0000-0000-0000-000000000000 npm run package:teams",
    );
  }
  if (!GUID.test(appId.trim())) {
    throw new PackageError(
      'MicrosoftAppId must be a GUID such as 00000000-0000-0000-0000-000000000000: the Microsoft App ID of the Azure Bot resource.',
    );
  }
  const template = readFileSync(here('manifest.json'), 'utf8');
  return JSON.parse(template.replaceAll(APP_ID_PLACEHOLDER, appId.trim().toLowerCase()));
}

/** Schema errors for a manifest, checked offline against the schema bundled in @microsoft/app-manifest. */
export function validateManifest(manifest: unknown): Promise<string[]> {
  // The schema check is the type check: whatever the template holds, ajv reports what is wrong.
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest);
}

/** Fills in the app id, validates, and writes manifest.json and the icons into a zip in `outDir`. */
export async function buildTeamsPackage(
  appId: string | undefined,
  outDir: string,
  options: PackageOptions = {},
): Promise<string> {
  const manifest = applyDeveloperUrls(fillManifest(appId), options);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackageError(
      `manifest/teams/manifest.json is not a valid Teams manifest:\n  ${errors.join('\n  ')}`,
    );
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ICONS) zip.file(icon, readFileSync(here(icon)));
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, PACKAGE_NAME);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}
