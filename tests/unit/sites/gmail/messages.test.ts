// @vitest-environment happy-dom
// extractThreadMessages: one entry per message, for email_received / email_sent engagement.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ThreadMessage } from '../../../../lib/messaging/protocol/engagement';
import { extractThreadMessages } from '../../../../lib/sites/gmail';
import { fixtureDoc, LIST_URL, parseHtml, REPO_ROOT, THREAD_URL } from './fixture-doc';

const utc = (y: number, m: number, d: number, h: number, min: number) => Date.UTC(y, m - 1, d, h, min);
const ME = { email: 'me@example.com' };

describe('extractThreadMessages', () => {
  it('2016-05: hex data-message-id, US dates with "at"', () => {
    const priya = { email: 'priya.raman@fabrikam.example', name: 'Priya Raman' };
    const tom = { email: 'tom.okafor@fabrikam.example', name: 'Tom Okafor' };
    expect(extractThreadMessages(fixtureDoc('2016-05-thread.html'), THREAD_URL)).toEqual([
      { messageId: '154bc1e0f2a3d001', from: priya, to: [ME], date: utc(2016, 5, 17, 10, 42) },
      { messageId: '154bc1e0f2a3d002', from: ME, to: [priya, tom], date: utc(2016, 5, 17, 14, 5) },
      { messageId: '154bc1e0f2a3d003', from: tom, to: [ME, priya], date: utc(2016, 5, 18, 9, 30) },
    ]);
  });

  it('2019-12: collapsed messages have a sender and date but no recipients', () => {
    const lars = { email: 'lars.berg@nordkraft.example', name: 'Lars Berg' };
    expect(extractThreadMessages(fixtureDoc('2019-12-thread-collapsed.html'), THREAD_URL)).toEqual([
      { messageId: '16ec5a1b2c3d4e01', from: lars, to: [], date: utc(2019, 12, 2, 9, 14) },
      { messageId: '16ec5a1b2c3d4e02', from: ME, to: [], date: utc(2019, 12, 3, 16, 15) },
      { messageId: '16ec5a1b2c3d4e03', from: lars, to: [ME], date: utc(2019, 12, 4, 8, 2) },
    ]);
  });

  it('2025-08: legacy ids, en-GB dates, cc recipients', () => {
    const alice = { email: 'alice.moreau@contoso.example', name: 'Alice Moreau' };
    const bob = { email: 'bob.nguyen@contoso.example', name: 'Bob Nguyen' };
    const carla = { email: 'carla.jensen.example@gmail.com', name: 'Carla Jensen' };
    expect(extractThreadMessages(fixtureDoc('2025-08-thread.html'), THREAD_URL)).toEqual([
      { messageId: '198c6747aabb71a9', from: alice, to: [ME, bob], date: utc(2025, 8, 20, 13, 19) },
      { messageId: '198c6747aabb71b0', from: ME, to: [alice, bob, carla], date: utc(2025, 8, 20, 15, 2) },
    ]);
  });

  it('2025-09 Swedish UI: Swedish dates, "jag" is the user', () => {
    const anna = { email: 'anna.lind@fjallbo.example', name: 'Anna Lind' };
    expect(extractThreadMessages(fixtureDoc('2025-09-thread-sv.html'), THREAD_URL)).toEqual([
      { messageId: '198f00aa11bb2201', from: anna, to: [ME], date: utc(2025, 8, 20, 13, 19) },
      { messageId: '198f00aa11bb2202', from: ME, to: [anna], date: utc(2025, 8, 20, 15, 40) },
    ]);
  });

  it('long thread: all 30 messages, in page order, with unique ids and rising dates', () => {
    const messages = extractThreadMessages(fixtureDoc('2025-08-long-thread.html'), THREAD_URL);
    expect(messages).toHaveLength(30);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(30);
    const dates = messages.map((m) => m.date ?? NaN);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(messages.filter((m) => m.from.email === 'me@example.com')).toHaveLength(12);
  });

  it.each(readdirSync(resolve(REPO_ROOT, 'tests/fixtures/gmail')))('%s: every message fits the activity.emails schema', (name) => {
    for (const message of extractThreadMessages(fixtureDoc(name), THREAD_URL)) {
      expect(ThreadMessage.safeParse(message).success).toBe(true);
    }
  });

  it('nothing on a list page, or at a list URL', () => {
    expect(extractThreadMessages(fixtureDoc('2025-08-inbox-list.html'), THREAD_URL)).toEqual([]);
    expect(extractThreadMessages(fixtureDoc('2025-08-thread.html'), LIST_URL)).toEqual([]);
  });
});

describe('message ids', () => {
  const one = (attrs: string, bodyClass = 'a3s aiL') =>
    parseHtml(`<div class="adn ads" ${attrs}><h3 class="iw"><span class="gD" email="a@b.example" name="A B">A</span></h3><div class="${bodyClass}">x</div></div>`);

  it.each([
    ['legacy id wins', 'data-message-id="#msg-f:1840959905192440233" data-legacy-message-id="198C6747AABB71A9"', '198c6747aabb71a9'],
    ['#msg-f decimal becomes the same hex id before Gmail adds the legacy one', 'data-message-id="#msg-f:1840959905192440233"', '198c6747aabb71a9'],
    ['a just-sent #msg-a id is kept as is', 'data-message-id="#msg-a:r1280593055912233690"', 'msg-a:r1280593055912233690'],
  ])('%s', (_, attrs, id) => {
    expect(extractThreadMessages(one(attrs), THREAD_URL)[0]?.messageId).toBe(id);
  });

  it('2016 bodies carry the id in an m<hex> class', () => {
    expect(extractThreadMessages(one('', 'a3s aXjCH m154bc1e0f2a3d009'), THREAD_URL)[0]?.messageId).toBe('154bc1e0f2a3d009');
  });

  it('a message with no id at all is skipped (it could not be deduplicated)', () => {
    expect(extractThreadMessages(one(''), THREAD_URL)).toEqual([]);
  });

  it('an unparseable date is left out rather than guessed', () => {
    const doc = parseHtml(`<div class="adn ads" data-legacy-message-id="198c6747aabb71a9"><span class="gD" email="a@b.example" name="A">A</span><span class="g3" title="gestern">gestern</span></div>`);
    expect(extractThreadMessages(doc, THREAD_URL)).toEqual([{ messageId: '198c6747aabb71a9', from: { email: 'a@b.example', name: 'A' }, to: [] }]);
  });
});
