import { describe, expect, it } from 'vitest';
import { detectLinkedIn } from '../../../../lib/sites/linkedin';
import { loadFixture } from './fixture-document';

const NORDLYS = 'https://www.linkedin.com/company/nordlys-analytics/';
const GRANHAMMAR = 'https://www.linkedin.com/company/granhammar-logistik/';

describe('company pages', () => {
  it('en /about/: facts from the dt/dd list', () => {
    const url = `${NORDLYS}about/`;
    expect(detectLinkedIn(loadFixture('2024-07-company-about.html'), url)).toEqual([
      {
        source: 'linkedin',
        kind: 'company',
        name: 'Nordlys Analytics',
        website: 'https://www.nordlys-analytics.example/',
        companyDomain: 'nordlys-analytics.example',
        location: 'Gothenburg, Västra Götaland County',
        sourceUrl: url,
        companyFacts: {
          name: 'Nordlys Analytics',
          industry: 'Software Development',
          // "51-200 employees" plus a second dd "87 associated members": the band, not the count.
          sizeBand: '51-200',
          headquarters: 'Gothenburg, Västra Götaland County',
          website: 'https://www.nordlys-analytics.example/',
          linkedinCompanyUrl: NORDLYS,
          domain: 'nordlys-analytics.example',
        },
      },
    ]);
  });

  it('sv /about/: Swedish labels, a thousands-separated band', () => {
    const [company] = detectLinkedIn(loadFixture('2024-07-company-about-sv.html'), `${GRANHAMMAR}about/`);
    expect(company?.companyFacts).toEqual({
      name: 'Granhammar Logistik',
      industry: 'Transport, logistik, leveranskedja och lagring',
      sizeBand: '1001-5000',
      headquarters: 'Uppsala, Uppsala län',
      website: 'https://granhammar.example/',
      linkedinCompanyUrl: GRANHAMMAR,
      domain: 'granhammar.example',
    });
  });

  it('en home tab: unlabelled top-card items read by shape; followers are not the size', () => {
    const [company] = detectLinkedIn(loadFixture('2024-07-company.html'), NORDLYS);
    expect(company).toMatchObject({ kind: 'company', name: 'Nordlys Analytics', location: 'Gothenburg, Västra Götaland County' });
    expect(company?.companyFacts).toMatchObject({
      industry: 'Software Development',
      sizeBand: '51-200',
      headquarters: 'Gothenburg, Västra Götaland County',
      linkedinCompanyUrl: NORDLYS,
    });
    expect(company?.companyFacts?.website).toBeUndefined();
  });

  it('sv home tab, on a country subdomain', () => {
    const url = 'https://se.linkedin.com/company/granhammar-logistik/';
    const [company] = detectLinkedIn(loadFixture('2024-07-company-sv.html'), url);
    expect(company?.companyFacts).toMatchObject({
      name: 'Granhammar Logistik',
      industry: 'Transport, logistik, leveranskedja och lagring',
      sizeBand: '1001-5000',
      headquarters: 'Uppsala, Uppsala län',
      linkedinCompanyUrl: GRANHAMMAR,
    });
    expect(company?.sourceUrl).toBe(url);
  });

  it.each(['2024-07-company.html', '2024-07-company-about.html', '2024-07-company-sv.html'])(
    '%s: "Pages people also viewed" and the viewer never leak in',
    (file) => {
      const prospects = detectLinkedIn(loadFixture(file), NORDLYS);
      expect(prospects).toHaveLength(1);
      expect(JSON.stringify(prospects)).not.toMatch(/Tallskog|Havsvik|Brygga|Viktor|IT Services|Financial/);
    },
  );

  it('a company sub-page other than home and about is not read', () => {
    expect(detectLinkedIn(loadFixture('2024-07-company.html'), `${NORDLYS}people/`)).toEqual([]);
  });
});
