// Each page kind has its own example URLs; every classifier accepts its own and rejects the rest
// (the refined-github/github-url-detection pattern).
import { describe, expect, it } from 'vitest';
import { gmailPageKind, threadKey } from '../../../../lib/sites/gmail';
import { isList, isThread } from '../../../../lib/sites/gmail/pages';

const ID = 'FMfcgzQbgJNQZvVdDDlWNnZnDKHQGvWk';
const BASE = 'https://mail.google.com/mail/u/0/';

const EXAMPLES: Record<'thread' | 'list' | 'other', string[]> = {
  thread: [
    `${BASE}#inbox/${ID}`,
    `${BASE}#all/${ID}`,
    `${BASE}#sent/${ID}`,
    `${BASE}#starred/${ID}`,
    `${BASE}#imp/${ID}`,
    `${BASE}#snoozed/${ID}`,
    `${BASE}#spam/${ID}`,
    `${BASE}#trash/${ID}`,
    `${BASE}#label/Clients/${ID}`,
    `${BASE}#label/Clients%2FAcme/${ID}`,
    `${BASE}#label/Clients/Acme/${ID}`,
    `${BASE}#category/promotions/${ID}`,
    `${BASE}#search/from%3Aanna%40fjallbo.example/${ID}`,
    `${BASE}#search/pilot+proposal/${ID}`,
    `${BASE}#advanced-search/subject%3Dpilot/${ID}`,
    `${BASE}#inbox/${ID}?compose=new`,
    'https://mail.google.com/mail/u/3/#inbox/14a5f1c6f7aeeebc',
    `https://mail.google.com/mail/#inbox/${ID}`,
    `https://mail.google.com/mail/ca/u/1/#inbox/${ID}`,
    `https://mail.google.com/a/example.com/#inbox/${ID}`,
  ],
  list: [
    `${BASE}#inbox`,
    BASE,
    'https://mail.google.com/mail/u/0',
    `${BASE}#inbox/p2`,
    `${BASE}#sent`,
    `${BASE}#starred`,
    `${BASE}#imp`,
    `${BASE}#all/p3`,
    `${BASE}#label/Clients`,
    `${BASE}#label/Clients%2FAcme`,
    `${BASE}#label/Clients/p2`,
    `${BASE}#category/social`,
    `${BASE}#search/pilot`,
    `${BASE}#search/${ID}`,
    `${BASE}#search/pilot/p2`,
    `${BASE}#inbox?compose=new`,
    'https://mail.google.com/mail/u/1/#drafts',
  ],
  other: [
    `${BASE}#settings/general`,
    `${BASE}#contacts`,
    `${BASE}#chat/space/AAAA`,
    `${BASE}#inbox/not-a-thread`,
    `${BASE}#label/`,
    `${BASE}?ui=2&view=pt&search=all&th=14a5f1c6f7aeeebc`,
    'https://mail.google.com/',
    'https://mail.google.com/chat/u/0/',
    'https://www.linkedin.com/in/anna-lind/',
    `https://example.com/mail/u/0/#inbox/${ID}`,
    'not a url',
    '',
  ],
};

const CLASSIFIERS = { thread: isThread, list: isList } as const;
const ALL = Object.entries(EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => ({ kind, url })));

describe('gmailPageKind', () => {
  it.each(ALL)('$url is $kind', ({ kind, url }) => {
    expect(gmailPageKind(url)).toBe(kind);
  });

  for (const [name, classify] of Object.entries(CLASSIFIERS)) {
    it.each(ALL)(`${name} classifier: $url`, ({ kind, url }) => {
      expect(classify(url)).toBe(kind === name);
    });
  }
});

describe('threadKey', () => {
  it.each([
    [`${BASE}#inbox/${ID}`, ID],
    [`${BASE}#label/Clients%2FAcme/${ID}?compose=new`, ID],
    ['https://mail.google.com/mail/u/3/#sent/14a5f1c6f7aeeebc', '14a5f1c6f7aeeebc'],
    [`${BASE}#search/${ID}`, undefined],
    [`${BASE}#inbox`, undefined],
    [`${BASE}#inbox/p2`, undefined],
    ['https://www.linkedin.com/in/x/', undefined],
  ])('%s → %s', (url, key) => {
    expect(threadKey(url)).toBe(key);
  });

  it('changes when another thread opens, not when the same one is reopened from another view', () => {
    const other = 'FMfcgzQbgJNQZvVdDDlWNnZnDKHQGvWz';
    expect(threadKey(`${BASE}#inbox/${ID}`)).not.toBe(threadKey(`${BASE}#inbox/${other}`));
    expect(threadKey(`${BASE}#inbox/${ID}`)).toBe(threadKey(`${BASE}#label/Clients/${ID}`));
  });
});
