/** Fixed places and names the site tests rely on (no test-time state: safe in global setup). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/helpers/paths.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed cable: the news-site extract without a reference id (CONTRACT.md "URLs"). */
export const SEED_ID = 'guatemala-mexico-border-issues-staffdel-meacham';
export const SEED_FILE = 'seeds/000_20ae7434d121b7bb.txt';
export const SEED_SUBJECT = 'Guatemala/Mexico Border Issues, Staffdel Meacham';

/** Chromium flags for a quiet, sandbox-free headless run in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium the browser tests drive (CONTRACT.md: `CHROMIUM_PATH` overrides). */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}
