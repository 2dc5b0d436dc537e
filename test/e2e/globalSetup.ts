import fs from 'node:fs';
import { build } from 'vite';

/** The browser tests run against the built client, as users get it from `npm start`. */
export default async function setup(): Promise<void> {
  if (!fs.existsSync(process.env.VONK_CHROMIUM ?? '/usr/bin/chromium')) {
    throw new Error('Chromium is missing: run "node scripts/ensure-chromium.mjs" (npm test does it first).');
  }
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
