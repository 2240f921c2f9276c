import { describe, expect, it } from 'vitest';
import { detectLinkedIn, findProfileAnchor } from '../../../../lib/sites/linkedin';
import { loadFixture } from './fixture-document';

const at = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('profile pages, one per vintage', () => {
  it.each([
    [
      '2024-07-profile-single-role.html',
      'maja-lindqvist-4b7a21',
      {
        name: 'Maja Lindqvist',
        headline: 'Head of Partnerships at Nordlys Analytics',
        title: 'Head of Partnerships',
        company: 'Nordlys Analytics',
        location: 'Gothenburg, Västra Götaland County, Sweden',
      },
    ],
    [
      '2024-07-profile-grouped-traps.html',
      'jonas-ekstrom-91',
      {
        name: 'Jonas Ekström',
        headline: 'Scrum Master @ Kvarnby Bank | Agile coach',
        // Grouped entry: the company line comes first, the current role is nested below it.
        title: 'Senior Scrum Master',
        company: 'Kvarnby Bank',
        location: 'Malmö, Skåne County, Sweden',
      },
    ],
    [
      '2025-09-profile-hashed.html',
      'priya-raman-ortiz-5c3e1a9b',
      {
        name: 'Priya Raman-Ortiz',
        headline: 'Senior Firmware Engineer at Voltaro',
        title: 'Senior Firmware Engineer',
        company: 'Voltaro',
        location: 'Pune, Maharashtra, India',
      },
    ],
    [
      '2026-05-profile-sdui.html',
      'noor-haddad-a1b2c3',
      {
        name: 'Noor Haddad',
        headline: 'VP Sales, EMEA | SaaS | Building teams that sell',
        title: 'VP Sales, EMEA',
        company: 'Brightwave Systems',
        location: 'London, England, United Kingdom',
      },
    ],
  ])('%s', (file, slug, fields) => {
    expect(detectLinkedIn(loadFixture(file), at(slug))).toEqual([
      { source: 'linkedin', kind: 'person', linkedinUrl: at(slug), sourceUrl: at(slug), ...fields },
    ]);
  });

  it('2024-08 profile with no Experience card has no title or company', () => {
    const [person] = detectLinkedIn(loadFixture('2024-08-profile-no-experience.html'), at('elinsandberg'));
    expect(person).toEqual({
      source: 'linkedin',
      kind: 'person',
      name: 'Elin Sandberg',
      headline: 'PhD student in marine ecology',
      location: 'Umeå, Västerbotten County, Sweden',
      linkedinUrl: at('elinsandberg'),
      sourceUrl: at('elinsandberg'),
    });
  });

  it('a name with honorific, credential, emoji and pronouns keeps only the name', () => {
    const [person] = detectLinkedIn(loadFixture('2026-05-profile-name-credentials.html'), at('asa-maria-oberg-lind'));
    expect(person?.name).toBe('Åsa-Maria Öberg-Lind');
    // The pronoun <p> beside the name is not the headline.
    expect(person?.headline).toBe('Researcher in battery chemistry | Advisor');
  });

  it('a short "X/Y" headline is a headline, not pronouns', () => {
    const doc = loadFixture('2026-05-profile-sdui.html');
    const headline = Array.from(doc.querySelectorAll('p')).find((p) => p.textContent?.startsWith('VP Sales'));
    if (headline) headline.textContent = 'CEO/Founder';
    expect(detectLinkedIn(doc, at('noor-haddad-a1b2c3'))[0]?.headline).toBe('CEO/Founder');
  });

  it('an ended position is not a current title or company', () => {
    const [person] = detectLinkedIn(loadFixture('2026-05-profile-name-credentials.html'), at('asa-maria-oberg-lind'));
    expect(person?.title).toBeUndefined();
    expect(person?.company).toBeUndefined();
  });
});

describe('profile traps', () => {
  const VIEWER = /Viktor|Vantage/;

  it.each([
    '2024-07-profile-single-role.html',
    '2024-07-profile-grouped-traps.html',
    '2024-08-profile-no-experience.html',
    '2026-05-profile-sdui.html',
  ])('%s: the signed-in viewer in the nav and <code> JSON is never the prospect', (file) => {
    const prospects = detectLinkedIn(loadFixture(file), 'https://www.linkedin.com/in/viktor-vantage-0a1b2c/');
    expect(prospects).toHaveLength(1);
    expect(JSON.stringify(prospects)).not.toMatch(VIEWER);
  });

  it('"Ask for an introduction" and "Other similar profiles" entries are not the current role', () => {
    const [person] = detectLinkedIn(loadFixture('2024-07-profile-grouped-traps.html'), at('jonas-ekstrom-91'));
    expect(person?.title).not.toMatch(/introduction|Petra|Henrik|Agile Coach/);
    expect(person?.company).not.toMatch(/Öresund|Petra/);
  });

  it('"More profiles to browse" entries never fill a missing Experience card', () => {
    const [person] = detectLinkedIn(loadFixture('2024-08-profile-no-experience.html'), at('elinsandberg'));
    expect(JSON.stringify(person)).not.toMatch(/Lars Holm|Chief Technology Officer|Tallskog/);
  });

  it('the contact-info link names the profile even when the tab URL is a member-id alias', () => {
    const [person] = detectLinkedIn(loadFixture('2026-05-profile-sdui.html'), at('ACoAAB9nOoRhAdDaD0000000008'));
    expect(person?.linkedinUrl).toBe(at('noor-haddad-a1b2c3'));
  });

  it('without a heading the name comes from the title, minus the "(12) " unread prefix', () => {
    const doc = loadFixture('2024-07-profile-grouped-traps.html');
    doc.querySelector('h1')?.remove();
    expect(doc.title).toBe('(12) Jonas Ekström | LinkedIn');
    expect(detectLinkedIn(doc, at('jonas-ekstrom-91'))[0]?.name).toBe('Jonas Ekström');
  });

  it('before hydration, <code> JSON gives the subject whose publicIdentifier matches the URL', () => {
    const prospects = detectLinkedIn(loadFixture('2025-03-profile-skeleton.html'), at('sofie-norgaard-22'));
    expect(prospects).toEqual([
      {
        source: 'linkedin',
        kind: 'person',
        name: 'Sofie Nørgaard',
        headline: 'Procurement Manager at Fjordline Foods',
        linkedinUrl: at('sofie-norgaard-22'),
        sourceUrl: at('sofie-norgaard-22'),
      },
    ]);
  });

  it('before hydration, a profile missing from <code> JSON gives nothing, never the viewer listed first', () => {
    expect(detectLinkedIn(loadFixture('2025-03-profile-skeleton.html'), at('someone-else'))).toEqual([]);
  });
});

describe('findProfileAnchor', () => {
  it.each([
    ['2024-07-profile-single-role.html', 'data-member-id', '710000101'],
    ['2025-09-profile-hashed.html', 'data-member-id', '710000404'],
    ['2026-05-profile-sdui.html', 'componentkey', 'com.linkedin.sdui.profile.card.refACoAAB9nOoRhAdDaD0000000008Topcard'],
  ])('%s: the top card (%s=%s)', (file, attribute, value) => {
    const anchor = findProfileAnchor(loadFixture(file));
    expect(anchor?.getAttribute(attribute)).toBe(value);
  });

  it('is null where there is no top card', () => {
    expect(findProfileAnchor(loadFixture('2025-03-profile-skeleton.html'))).toBeNull();
    expect(findProfileAnchor(loadFixture('2026-05-search-people.html'))).toBeNull();
  });
});
