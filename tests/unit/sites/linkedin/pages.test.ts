import { describe, expect, it } from 'vitest';
import {
  LINKEDIN_CARD_PAGE_MATCHES,
  isCompany,
  isPeopleSearch,
  isProfile,
  linkedInPageKind,
  profileUrlOf,
  type LinkedInPageKind,
} from '../../../../lib/sites/linkedin/pages';

/** Each kind's own example URLs; every classifier must reject every other kind's. */
const EXAMPLES: Record<LinkedInPageKind, string[]> = {
  profile: [
    'https://www.linkedin.com/in/maja-lindqvist-4b7a21/',
    'https://www.linkedin.com/in/maja-lindqvist-4b7a21',
    'https://se.linkedin.com/in/asa-bjorklund/?originalSubdomain=se',
    'https://www.linkedin.com/in/noor-haddad-a1b2c3/overlay/contact-info/',
    'https://linkedin.com/in/ACoAAB9nOoRhAdDaD0000000008/',
    'https://www.linkedin.com/in/jos%C3%A9-%C3%A1ngel/#experience',
  ],
  'search-people': [
    'https://www.linkedin.com/search/results/people/?keywords=head%20of%20sales',
    'https://www.linkedin.com/search/results/people/?geoUrn=%5B%22105117694%22%5D&page=2',
    'https://se.linkedin.com/search/results/people',
  ],
  company: [
    'https://www.linkedin.com/company/nordlys-analytics/',
    'https://www.linkedin.com/company/nordlys-analytics',
    'https://www.linkedin.com/company/nordlys-analytics/about/',
    'https://de.linkedin.com/company/71000/about',
  ],
  other: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/in/maja-lindqvist-4b7a21/details/experience/',
    'https://www.linkedin.com/in/maja-lindqvist-4b7a21/recent-activity/all/',
    'https://www.linkedin.com/search/results/all/?keywords=sales',
    'https://www.linkedin.com/search/results/companies/?keywords=sales',
    'https://www.linkedin.com/company/nordlys-analytics/people/',
    'https://www.linkedin.com/company/nordlys-analytics/jobs/',
    'https://www.linkedin.com/school/chalmers/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://mail.google.com/mail/u/0/#inbox',
    'https://evil.example/in/maja-lindqvist-4b7a21/',
    'https://linkedin.com.evil.example/in/maja/',
    'ftp://www.linkedin.com/in/maja/',
    'not a url',
    '',
  ],
};

const CLASSIFIERS: [Exclude<LinkedInPageKind, 'other'>, (url: string) => boolean][] = [
  ['profile', isProfile],
  ['search-people', isPeopleSearch],
  ['company', isCompany],
];

describe.each(CLASSIFIERS)('%s classifier', (kind, classify) => {
  it.each(EXAMPLES[kind])('accepts %s', (url) => {
    expect(classify(url)).toBe(true);
  });

  const others = Object.entries(EXAMPLES)
    .filter(([other]) => other !== kind)
    .flatMap(([, urls]) => urls);
  it.each(others)('rejects %s', (url) => {
    expect(classify(url)).toBe(false);
  });
});

describe('linkedInPageKind', () => {
  const table = Object.entries(EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => [url, kind] as const));
  it.each(table)('%s → %s', (url, kind) => {
    expect(linkedInPageKind(url)).toBe(kind);
  });
});

/** Whether a manifest match pattern (https only, `*.` hosts, `*` in the path) matches `url`. */
function matchesPattern(pattern: string, url: string): boolean {
  const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const hostPattern = host!.startsWith('*.') ? `([^.]+\\.)*${escape(host!.slice(2))}` : escape(host!);
  const parsed = new URL(url);
  return parsed.protocol === 'https:' && new RegExp(`^${hostPattern}$`).test(parsed.hostname) && new RegExp(`^${path!.split('*').map(escape).join('.*')}$`).test(parsed.pathname + parsed.search);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the card pages’ match patterns (the manifest loads the overlay there at once)', () => {
  it.each([...EXAMPLES.profile, ...EXAMPLES['search-people'], ...EXAMPLES.company])('take in %s', (url) => {
    expect(LINKEDIN_CARD_PAGE_MATCHES.some((pattern) => matchesPattern(pattern, url))).toBe(true);
  });

  it.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/search/results/all/?keywords=sales', 'https://www.linkedin.com/messaging/', 'https://www.linkedin.com/in'])(
    'leave out %s, which keeps the bootstrap script alone',
    (url) => {
      expect(LINKEDIN_CARD_PAGE_MATCHES.some((pattern) => matchesPattern(pattern, url))).toBe(false);
    },
  );
});

describe('profileUrlOf', () => {
  it.each([
    ['/in/maja-lindqvist-4b7a21/overlay/contact-info/', 'https://www.linkedin.com/in/maja-lindqvist-4b7a21/'],
    ['https://www.linkedin.com/in/Karin-Aberg-12?miniProfileUrn=urn%3Ali%3Afs', 'https://www.linkedin.com/in/karin-aberg-12/'],
    ['https://se.linkedin.com/in/asa-bjorklund', 'https://www.linkedin.com/in/asa-bjorklund/'],
  ])('%s → %s', (href, canonical) => {
    expect(profileUrlOf(href)).toBe(canonical);
  });

  it.each(['https://evil.example/in/maja/', '/company/nordlys/', '/search/results/people/headless', null, ''])(
    'rejects %s',
    (href) => {
      expect(profileUrlOf(href)).toBeUndefined();
    },
  );
});
