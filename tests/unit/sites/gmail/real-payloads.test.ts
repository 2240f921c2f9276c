// @vitest-environment happy-dom
// Signatures in real Gmail payloads (../shared/fixtures/real/gmail, SOURCES.md G2, G3), read at run
// time and never copied here. Bodies are wrapped the way Gmail renders them: div.a3s.aiL.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../../../lib/sites/gmail';
import { hasRealGmail, REAL_GMAIL, renderedBody } from './fixture-doc';

const G2 = resolve(REAL_GMAIL, 'thread-xhr-fd-embedded-2022-09.gmailjs.json');
const G3 = resolve(REAL_GMAIL, 'sent-message-with-signature-2019-07.gmailjs.json');
const EXPECTED = resolve(REAL_GMAIL, '..', 'expected.json');

if (!hasRealGmail) {
  console.warn(`Skipping real Gmail payload tests: ${REAL_GMAIL} is missing (shared/ is not beside the repo).`);
}

type Sender = { name?: string; email: string };

const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), value);

const text = (value: unknown): string => {
  if (typeof value !== 'string') throw new Error('payload shape changed: expected a string');
  return value;
};

/** G3 keys: "2" = from {"2": email, "3": name}; "9"."2"[0]."2" = body HTML (SOURCES.md). */
function g3Message(): { sender: Sender; html: string } {
  const data: unknown = JSON.parse(readFileSync(G3, 'utf8'));
  return { sender: { name: text(at(data, '2', '3')), email: text(at(data, '2', '2')) }, html: text(at(data, '9', '2', 0, '2')) };
}

/** G2: [null, [[0, [subject, snippet, ts, ids, [message…]]]…]]; message[1] = [1, email, name], body at [8][1][0][2][1]. */
function g2Messages(): { sender: Sender; html: string }[] {
  const data: unknown = JSON.parse(readFileSync(G2, 'utf8'));
  const threads = at(data, 1);
  if (!Array.isArray(threads)) throw new Error('payload shape changed: no thread list');
  return threads.flatMap((thread: unknown) => {
    const messages = at(thread, 1, 4);
    if (!Array.isArray(messages)) return [];
    return messages.map((message: unknown) => ({
      sender: { name: text(at(message, 1, 2)), email: text(at(message, 1, 1)) },
      html: text(at(message, 8, 1, 0, 2, 1)),
    }));
  });
}

describe.skipIf(!hasRealGmail)('real Gmail payloads (shared fixtures)', () => {
  it('the expected values file is there', () => expect(existsSync(EXPECTED)).toBe(true));

  it('G3 (2019-07, gmail_signature): title "Product Development", phone "+1 240.688.9219", no company', () => {
    const expected = at(JSON.parse(readFileSync(EXPECTED, 'utf8')), 'gmail/sent-message-with-signature-2019-07.gmailjs.json', 'signature');
    const { sender, html } = g3Message();
    const signature = parseSignature(renderedBody(html), sender);
    expect(signature).toEqual({ title: at(expected, 'title'), phones: [at(expected, 'phone')], emails: [], closing: 'Thanks' });
    expect(signature.title).toBe('Product Development');
    expect(signature.phones).toEqual(['+1 240.688.9219']);
    expect(signature.company).toBeUndefined();
  });

  it('G2 (2022-09, "-- " signature, five messages): website, emails and closing only', () => {
    const expected = at(JSON.parse(readFileSync(EXPECTED, 'utf8')), 'gmail/thread-xhr-fd-embedded-2022-09.gmailjs.json', 'signature');
    const messages = g2Messages();
    expect(messages).toHaveLength(5);
    for (const { sender, html } of messages) {
      expect(parseSignature(renderedBody(html), sender)).toEqual({
        website: at(expected, 'website'),
        emails: at(expected, 'emails'),
        closing: at(expected, 'closing'),
        phones: [],
      });
    }
    const [first] = messages;
    if (!first) throw new Error('no message');
    expect(parseSignature(renderedBody(first.html), first.sender)).toEqual({
      website: 'https://jostein.kjønigsen.no',
      emails: ['jostein@kjonigsen.net', 'jostein@gmail.com'],
      closing: 'Vennlig hilsen',
      phones: [],
    });
  });
});
