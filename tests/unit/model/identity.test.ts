import { describe, expect, it } from 'vitest';
import { canonicalLinkedInUrl, identityKeys, normaliseEmail } from '../../../lib/model';

const ANNA = 'https://www.linkedin.com/in/anna-berg/';

describe('canonicalLinkedInUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/anna-berg/', ANNA],
    ['https://www.linkedin.com/in/anna-berg', ANNA],
    ['http://www.linkedin.com/in/anna-berg/', ANNA],
    ['https://linkedin.com/in/anna-berg/', ANNA],
    ['https://se.linkedin.com/in/anna-berg', ANNA],
    ['https://de.linkedin.com/in/anna-berg/?originalSubdomain=de', ANNA],
    ['https://m.linkedin.com/in/anna-berg/', ANNA],
    ['https://www.linkedin.com/in/anna-berg/?miniProfileUrn=urn%3Ali%3Afs', ANNA],
    ['https://www.linkedin.com/in/anna-berg/#experience', ANNA],
    ['https://www.linkedin.com/in/anna-berg/overlay/contact-info/', ANNA],
    ['https://www.linkedin.com/in/anna-berg/recent-activity/all/', ANNA],
    ['https://www.linkedin.com/in/Anna-Berg/', ANNA],
    ['  https://www.linkedin.com/in/anna-berg/  ', ANNA],
    ['www.linkedin.com/in/anna-berg', ANNA],
    ['linkedin.com/in/anna-berg/details/experience/', ANNA],
    ['/in/anna-berg/', undefined],
    ['https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg/', 'https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg/'],
    ['https://www.linkedin.com/in/åsa-öberg/', 'https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg/'],
    ['https://www.linkedin.com/in/%C3%85SA-%C3%96BERG', 'https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg/'],
    ['https://www.linkedin.com/company/acme/', undefined],
    ['https://www.linkedin.com/feed/', undefined],
    ['https://evil.example/in/anna-berg/', undefined],
    ['https://linkedin.com.evil.example/in/anna-berg/', undefined],
    ['javascript:alert(1)', undefined],
    ['', undefined],
    ['not a url at all', undefined],
  ])('%s → %s', (input, expected) => {
    expect(canonicalLinkedInUrl(input)).toBe(expected);
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['Anna.Berg@Example.SE', 'anna.berg@example.se'],
    ['  anna@example.se \n', 'anna@example.se'],
    ['mailto:ANNA@example.se', 'anna@example.se'],
    ['anna@', undefined],
    ['anna example.se', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});

describe('identityKeys', () => {
  it('gives the email key first, then the profile key', () => {
    expect(identityKeys({ email: 'A@B.se', linkedinUrl: 'https://se.linkedin.com/in/x' })).toEqual([
      'email:a@b.se',
      'linkedin:https://www.linkedin.com/in/x/',
    ]);
  });
  it('gives nothing for a person without either', () => {
    expect(identityKeys({})).toEqual([]);
  });
});
