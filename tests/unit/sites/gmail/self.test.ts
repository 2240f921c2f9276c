// @vitest-environment happy-dom
// The signed-in user is never a prospect: tab title, Google bar, and Gmail's "me" label in any language.
import { describe, expect, it } from 'vitest';
import { detectGmail, detectSelfEmail, extractThreadMessages } from '../../../../lib/sites/gmail';
import { ME_LABELS } from '../../../../lib/sites/gmail/labels';
import { emailFromTitle } from '../../../../lib/sites/gmail/self';
import { fixtureDoc, parseHtml, THREAD_URL } from './fixture-doc';

describe('emailFromTitle', () => {
  it.each([
    ['Inbox (3) - me@example.com - Gmail', 'me@example.com'],
    ['Re: Renewal - Me@Example.com - Gmail', 'me@example.com'],
    ['Fwd: ping bob@x.example - me@example.com - Gmail', 'me@example.com'],
    ['Offert - sam@fjallbo.example - Fjällbo Mail', 'sam@fjallbo.example'],
    ['Gmail', undefined],
    ['Inbox - Gmail', undefined],
    ['bob@x.example', undefined],
    ['', undefined],
  ])('%s → %s', (title, email) => {
    expect(emailFromTitle(title)).toBe(email);
  });
});

describe('detectSelfEmail', () => {
  it('reads the tab title (2025-08-thread-title)', () => {
    expect(detectSelfEmail(fixtureDoc('2025-08-thread-title.html'))).toBe('me@example.com');
  });

  it('reads the Google-bar account link when the title has no address (2025-08-thread)', () => {
    const doc = fixtureDoc('2025-08-thread.html');
    expect(doc.title).toBe('Gmail');
    expect(detectSelfEmail(doc)).toBe('me@example.com');
  });

  it('reads a "jag"-labelled address in a Swedish UI when nothing else names the user', () => {
    const doc = fixtureDoc('2025-09-thread-sv.html');
    doc.title = 'Offert';
    expect(detectSelfEmail(doc)).toBe('me@example.com');
  });

  it('ignores a non-address hovercard owner id and returns undefined when nothing names the user', () => {
    const doc = parseHtml('<title>Gmail</title><span class="g2" email="a@b.example" name="Ann" data-hovercard-owner-id="113">Ann</span>');
    expect(detectSelfEmail(doc)).toBeUndefined();
  });

  it.each(ME_LABELS)('treats "$label" ($lang) as the user', ({ label }) => {
    const doc = parseHtml(`<title>Gmail</title><span email="owner@example.com" name="${label}">${label}</span>`);
    expect(detectSelfEmail(doc)).toBe('owner@example.com');
  });
});

describe('the user is excluded from prospects', () => {
  it('when only the tab title names them (they sign with their real name)', () => {
    const doc = fixtureDoc('2025-08-thread-title.html');
    const emails = detectGmail(doc, THREAD_URL).map((p) => p.email);
    expect(emails).toEqual(['omar.haddad@vandelay.example']);
    // Without the title the same page would wrongly offer the user as a prospect.
    doc.title = 'Gmail';
    expect(detectGmail(doc, THREAD_URL).map((p) => p.email)).toContain('me@example.com');
  });

  it('when Gmail labels them "jag" (Swedish UI)', () => {
    const doc = fixtureDoc('2025-09-thread-sv.html');
    doc.title = 'Offert';
    expect(detectGmail(doc, THREAD_URL).map((p) => p.email)).toEqual(['anna.lind@fjallbo.example']);
  });

  it('and their own messages carry their address without the "me" label as a name', () => {
    const messages = extractThreadMessages(fixtureDoc('2025-09-thread-sv.html'), THREAD_URL);
    expect(messages[1]?.from).toEqual({ email: 'me@example.com' });
    expect(messages[0]?.to).toEqual([{ email: 'me@example.com' }]);
  });

  it('selfEmail fills the address where Gmail shows only the label', () => {
    const doc = parseHtml(`<title>Gmail</title><div class="adn ads" data-legacy-message-id="198c6747aabb71a9">
      <h3 class="iw"><span class="gD" name="me">me</span></h3><span class="hb">to <span class="g2" email="ann@b.example" name="Ann B">Ann</span></span></div>`);
    expect(extractThreadMessages(doc, THREAD_URL, { selfEmail: 'Owner@Example.com' })).toEqual([
      { messageId: '198c6747aabb71a9', from: { email: 'owner@example.com' }, to: [{ email: 'ann@b.example', name: 'Ann B' }] },
    ]);
    expect(extractThreadMessages(doc, THREAD_URL)).toEqual([]);
  });
});
