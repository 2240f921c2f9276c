// @vitest-environment happy-dom
// Machines and ignored domains are never prospects.
import { describe, expect, it } from 'vitest';
import { detectGmail, isAutomatedAddress } from '../../../../lib/sites/gmail';
import { AUTOMATED_SENDERS, isIgnoredDomain } from '../../../../lib/sites/gmail/automated';
import { fixtureDoc, THREAD_URL } from './fixture-doc';

describe('isAutomatedAddress', () => {
  it.each([
    'no-reply@accounts.google.com', 'noreply@github.example', 'noreply-94292212@plus.google.com', 'no_reply@x.example',
    'do-not-reply@billing.example', 'donotreply@x.example', 'notifications@mailfoogae.appspotmail.com',
    'notification+abc@x.example', 'MAILER-DAEMON@googlemail.com', 'postmaster@x.example', 'bounce@x.example',
    'bounces+123@news.example', 'calendar-notification@google.com', 'group.calendar@calendar.google.com',
    'invitations@linkedin.example', 'alerts@bank.example',
  ])('%s is automated', (email) => {
    expect(isAutomatedAddress(email)).toBe(true);
  });

  it.each([
    'anna.lind@fjallbo.example', 'noah@brooks.example', 'reply@x.example', 'norene@x.example', 'bouncer.jim@x.example',
    'news@twilio.com', 'nora.notifications.lead@x.example', 'calendar@x.example', 'post@x.example',
  ])('%s is a person (or might be)', (email) => {
    expect(isAutomatedAddress(email)).toBe(false);
  });
});

describe('isIgnoredDomain', () => {
  it.each([
    ['bob@contoso.example', ['contoso.example'], true],
    ['bob@eu.contoso.example', ['contoso.example'], true],
    ['bob@CONTOSO.example', ['@Contoso.Example'], true],
    ['bob@eu.contoso.example', ['*.contoso.example'], true],
    ['bob@notcontoso.example', ['contoso.example'], false],
    ['bob@contoso.example', [], false],
    ['bob@contoso.example', [''], false],
  ] as const)('%s with %j → %s', (email, domains, ignored) => {
    expect(isIgnoredDomain(email, domains)).toBe(ignored);
  });
});

describe('detectGmail exclusions', () => {
  it('keeps only the person among eight automated senders (2025-08-thread-automated)', () => {
    const prospects = detectGmail(fixtureDoc('2025-08-thread-automated.html'), THREAD_URL);
    expect(prospects.map((p) => p.email)).toEqual(['hana.kobayashi@umbrella.example']);
  });

  it('leaves out addresses on ignored domains, subdomains included', () => {
    const doc = fixtureDoc('2025-08-thread.html');
    expect(detectGmail(doc, THREAD_URL).map((p) => p.email)).toEqual([
      'alice.moreau@contoso.example', 'bob.nguyen@contoso.example', 'carla.jensen.example@gmail.com',
    ]);
    expect(detectGmail(doc, THREAD_URL, { ignoreDomains: ['contoso.example'] }).map((p) => p.email)).toEqual([
      'carla.jensen.example@gmail.com',
    ]);
    expect(detectGmail(doc, THREAD_URL, { ignoreDomains: ['example'] }).map((p) => p.email)).toEqual([
      'carla.jensen.example@gmail.com',
    ]);
  });
});

describe('AUTOMATED_SENDERS', () => {
  // isAutomatedAddress tests them as one alternation, which is only the same test without flags.
  it('has rules without flags', () => {
    expect(AUTOMATED_SENDERS.map((rule) => rule.pattern.flags).filter(Boolean)).toEqual([]);
  });
});
