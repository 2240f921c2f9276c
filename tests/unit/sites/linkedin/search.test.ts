import { describe, expect, it } from 'vitest';
import { detectLinkedIn, findSearchRows } from '../../../../lib/sites/linkedin';
import { loadFixture, parseHtml } from './fixture-document';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=head%20of%20sales';
const at = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const person = (slug: string, fields: Record<string, string>) => ({
  source: 'linkedin',
  kind: 'person',
  linkedinUrl: at(slug),
  sourceUrl: SEARCH,
  ...fields,
});

describe('people search, 2023 (search-entity-result-universal-template)', () => {
  const doc = loadFixture('2023-06-search-people.html');

  it('gives one prospect per result that links a profile', () => {
    expect(detectLinkedIn(doc, SEARCH)).toEqual([
      person('karin-aberg-12', {
        name: 'Karin Åberg',
        headline: 'Key Account Manager at Polarfjord AB',
        title: 'Key Account Manager',
        company: 'Polarfjord AB',
        location: 'Stockholm, Stockholm County, Sweden',
      }),
      // A list headline is not "X at Y": no title or company is guessed. The emoji goes.
      person('mikael-svensson-dev', {
        name: 'Mikael Svensson',
        headline: 'Founder | Angel investor | Speaker',
        location: 'Gothenburg, Västra Götaland County, Sweden',
      }),
      person('sofia-lund-se', {
        name: 'Sofia Lund',
        headline: 'Inköpschef på Norrsken Energi',
        title: 'Inköpschef',
        company: 'Norrsken Energi',
        location: 'Luleå, Norrbotten County, Sweden',
      }),
    ]);
  });

  it('skips the out-of-network "LinkedIn Member" row and the viewer in the nav', () => {
    const text = JSON.stringify(detectLinkedIn(doc, SEARCH));
    expect(text).not.toMatch(/LinkedIn Member|Confidential|Viktor/);
  });

  it('returns each row element with its prospect, for the badge', () => {
    const rows = findSearchRows(doc, SEARCH);
    expect(rows).toHaveLength(3);
    for (const { row, prospect } of rows) {
      expect(row.getAttribute('data-view-name')).toBe('search-entity-result-universal-template');
      const slug = prospect.linkedinUrl?.split('/')[4] ?? 'none';
      expect(row.querySelector(`a[href*="/in/${slug}"]`)).not.toBeNull();
      expect(row.textContent).toContain(prospect.headline);
    }
  });
});

describe('people search, 2026 (div[role=listitem], SDUI)', () => {
  const doc = loadFixture('2026-05-search-people.html');

  it('reads name, headline and location by position', () => {
    expect(detectLinkedIn(doc, SEARCH)).toEqual([
      person('felix-baumann-4711', {
        name: 'Felix Baumann',
        headline: 'Vertriebsleiter bei Alpenwerk GmbH',
        title: 'Vertriebsleiter',
        company: 'Alpenwerk GmbH',
        location: 'München, Bayern, Deutschland',
      }),
      person('camille-rousseau', {
        name: 'Camille Rousseau',
        headline: 'Responsable marketing chez Atelier Nord',
        title: 'Responsable marketing',
        company: 'Atelier Nord',
        location: 'Nantes, Pays de la Loire, France',
      }),
      person('lucia-fernandez-mx', {
        name: 'Lucía Fernández',
        headline: 'Gerente de Compras en Grupo Altamar',
        title: 'Gerente de Compras',
        company: 'Grupo Altamar',
        location: 'Valencia, Comunidad Valenciana, España',
      }),
      person('olivergrant', {
        name: 'Oliver Grant',
        headline: 'Fractional CFO · Advisor · Speaker',
        location: 'Bristol, England, United Kingdom',
      }),
    ]);
  });

  it('a mutual connection linked inside a card is not a result', () => {
    const urls = detectLinkedIn(doc, SEARCH).map((p) => p.linkedinUrl);
    expect(urls).not.toContain(at('ida-sommer'));
    expect(urls).not.toContain(at('viktor-vantage-0a1b2c'));
  });

  it('returns the listitem cards, in page order', () => {
    const rows = findSearchRows(doc, SEARCH);
    expect(rows.map(({ row }) => row.getAttribute('role'))).toEqual(['listitem', 'listitem', 'listitem', 'listitem']);
    expect(rows.map(({ row }) => row.querySelector('a')?.getAttribute('href'))).toEqual(
      rows.map(({ prospect }) => prospect.linkedinUrl),
    );
  });

  it('uses the document URL as the source when none is given', () => {
    const [first] = findSearchRows(doc);
    expect(first?.prospect.sourceUrl).toBe(doc.URL);
  });
});

describe('people search edge cases', () => {
  const card = (slug: string, name: string) =>
    `<div role="listitem"><a href="/in/${slug}/"><img alt="${name}"></a><p><a href="/in/${slug}/">${name}</a></p><p>Sales at Acme</p><p>Oslo</p></div>`;

  it('one prospect per person when a card repeats', () => {
    const doc = parseHtml(`<main>${card('kim-a', 'Kim A')}${card('kim-a', 'Kim A')}${card('per-b', 'Per B')}</main>`);
    expect(findSearchRows(doc, SEARCH).map(({ prospect }) => prospect.name)).toEqual(['Kim A', 'Per B']);
  });

  it('falls back to the photo alt text when the name link is empty', () => {
    const doc = parseHtml('<main><div role="listitem"><a href="/in/kim-a/"><img alt="Kim A"></a><p>Sales at Acme</p></div></main>');
    expect(detectLinkedIn(doc, SEARCH)[0]?.name).toBe('Kim A');
  });

  it('a card that is one big profile link still yields headline and location', () => {
    const doc = parseHtml(
      '<main><div role="listitem"><a href="/in/kim-a/"><p>Kim A</p><p>• 2nd</p><p>Sales Lead at Acme</p><p>Oslo, Norway</p></a></div></main>',
    );
    expect(detectLinkedIn(doc, SEARCH)[0]).toMatchObject({
      name: 'Kim A',
      headline: 'Sales Lead at Acme',
      title: 'Sales Lead',
      company: 'Acme',
      location: 'Oslo, Norway',
    });
  });

  it('no results, no prospects', () => {
    expect(detectLinkedIn(parseHtml('<main><h2>No results found</h2></main>'), SEARCH)).toEqual([]);
  });
});
