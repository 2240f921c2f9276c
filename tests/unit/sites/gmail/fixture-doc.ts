// Loads Gmail page snapshots for the tests in this folder (happy-dom's DOMParser; no innerHTML).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../../..');
/** ../shared beside the repository (CI clones the repo elsewhere with shared/ next to it). */
export const REAL_GMAIL = resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'real', 'gmail');
export const hasRealGmail = existsSync(REAL_GMAIL);

export const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgJNQZvVdDDlWNnZnDKHQGvWk';
export const LIST_URL = 'https://mail.google.com/mail/u/0/#inbox';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A snapshot from tests/fixtures/gmail as a Document. */
export function fixtureDoc(name: string): Document {
  return parseHtml(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/gmail', name), 'utf8'));
}

/** A message body the way Gmail renders it: inside `div.a3s.aiL`. */
export function renderedBody(html: string): Element {
  const body = parseHtml(`<div class="a3s aiL">${html}</div>`).querySelector('div.a3s');
  if (!body) throw new Error('fixture body did not parse');
  return body;
}
