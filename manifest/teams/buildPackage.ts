import { fileURLToPath } from 'node:url';
import { loadDotEnv } from '../../adapters/server/config.js';
import { buildTeamsPackage, PackageError } from './buildTeamsPackage.js';

/**
 * `npm run package:teams [-- --allow-placeholders]`: writes dist/teams-app-package.zip to upload in Teams (Apps > Manage your apps). */
loadDotEnv();
const outDir = fileURLToPath(new URL('../../dist/', import.meta.url));
buildTeamsPackage(process.env.MicrosoftAppId, outDir, {
  urls: {
    websiteUrl: process.env.TEAMS_WEBSITE_URL,
    privacyUrl: process.env.TEAMS_PRIVACY_URL,
    termsOfUseUrl: process.env.TEAMS_TERMS_URL,
  },
  allowPlaceholders: process.argv.includes('--allow-placeholders'),
}).then(
  (file) => {
    process.stdout.write(`Wrote ${file}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof PackageError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
