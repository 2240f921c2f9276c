// @vitest-environment happy-dom
// The real 2014 Gmail inbox list (../shared/fixtures/real/gmail, SOURCES.md G1) holds no conversation:
// it must yield no prospect, wherever it is served. Read at run time, never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectGmail, detectSelfEmail, extractThreadMessages, gmailPageKind } from '../../../lib/sites/gmail';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const REAL = resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'real');
const G1 = resolve(REAL, 'gmail', 'inbox-list-2014-12.inboxsdk.html');
const present = existsSync(G1);
if (!present) console.warn(`Skipping Gmail conformance: ${G1} is missing (shared/ is not beside the repo).`);

const LIST_URL = 'https://mail.google.com/mail/u/0/#inbox';
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/14a5f1c6f7aeeebc';

describe.skipIf(!present)('Gmail conformance: 2014 inbox list (G1)', () => {
  const load = () => new DOMParser().parseFromString(readFileSync(G1, 'utf8'), 'text/html');

  it('is a list at its URL and yields no prospects', () => {
    expect(gmailPageKind(LIST_URL)).toBe('list');
    expect(detectGmail(load(), LIST_URL)).toEqual([]);
  });

  it('yields no prospects or messages even when served at a thread URL', () => {
    expect(gmailPageKind(THREAD_URL)).toBe('thread');
    const doc = load();
    expect(detectGmail(doc, THREAD_URL)).toEqual([]);
    expect(extractThreadMessages(doc, THREAD_URL)).toEqual([]);
  });

  it('still knows the mailbox owner (shown as "me"), as expected.json says', () => {
    const expected: unknown = JSON.parse(readFileSync(resolve(REAL, 'expected.json'), 'utf8'));
    const entry = (expected as Record<string, { viewer_email?: string }>)['gmail/inbox-list-2014-12.inboxsdk.html'];
    expect(detectSelfEmail(load())).toBe(entry?.viewer_email);
  });
});
