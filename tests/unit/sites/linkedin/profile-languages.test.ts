import { describe, expect, it } from 'vitest';
import { detectLinkedIn } from '../../../../lib/sites/linkedin';
import { loadFixture } from './fixture-document';

const at = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('profiles in each supported UI language', () => {
  it.each([
    [
      'sv',
      '2024-07-profile-sv.html',
      'asa-bjorklund',
      {
        name: 'Åsa Björklund',
        headline: 'Försäljningschef på Granhammar Logistik',
        title: 'Försäljningschef',
        company: 'Granhammar Logistik',
        location: 'Uppsala, Uppsala län, Sverige',
      },
    ],
    [
      'de',
      '2026-05-profile-de.html',
      'lena-gross-7f',
      {
        name: 'Lena Groß',
        headline: 'Leiterin Einkauf bei Rheinwerk Maschinenbau',
        title: 'Leiterin Einkauf',
        company: 'Rheinwerk Maschinenbau',
        location: 'Köln, Nordrhein-Westfalen, Deutschland',
      },
    ],
    [
      'fr',
      '2025-09-profile-fr.html',
      'helene-dubois-martin',
      {
        name: 'Hélène Dubois-Martin',
        headline: 'Directrice commerciale chez Maison Lumière',
        title: 'Directrice commerciale',
        company: 'Maison Lumière',
        location: 'Lyon, Auvergne-Rhône-Alpes, France',
      },
    ],
    [
      'es',
      '2026-05-profile-es.html',
      'jose-angel-nunez',
      {
        name: 'José Ángel Núñez',
        headline: 'Director de Ventas en Solaria Verde',
        title: 'Director de Ventas',
        company: 'Solaria Verde',
        location: 'Sevilla, Andalucía, España',
      },
    ],
  ])('%s (%s)', (_lang, file, slug, fields) => {
    expect(detectLinkedIn(loadFixture(file), at(slug))).toEqual([
      { source: 'linkedin', kind: 'person', linkedinUrl: at(slug), sourceUrl: at(slug), ...fields },
    ]);
  });

  it('sv: the company comes from the "Nuvarande företag" label when the Experience card is gone', () => {
    const doc = loadFixture('2024-07-profile-sv.html');
    doc.querySelector('#experience')?.closest('section')?.remove();
    const [person] = detectLinkedIn(doc, at('asa-bjorklund'));
    expect(person?.company).toBe('Granhammar Logistik');
    expect(person?.title).toBeUndefined();
  });

  it('fr: "Entreprise actuelle : …" with French spacing before the colon', () => {
    const doc = loadFixture('2025-09-profile-fr.html');
    doc.querySelector('#experience')?.closest('section')?.remove();
    expect(detectLinkedIn(doc, at('helene-dubois-martin'))[0]?.company).toBe('Maison Lumière');
  });

  it('es: the Experience card is found by its heading alone, in Spanish', () => {
    const doc = loadFixture('2026-05-profile-es.html');
    expect(doc.querySelector('[componentkey$="ExperienceTopLevelSection"]')).toBeNull();
    expect(detectLinkedIn(doc, at('jose-angel-nunez'))[0]?.title).toBe('Director de Ventas');
  });

  it('sv: the location sits beside the "Kontaktinformation" link', () => {
    const doc = loadFixture('2024-07-profile-sv.html');
    // Without the dated class the location is found by its place next to the contact link.
    doc.querySelector('span.text-body-small.inline')?.removeAttribute('class');
    expect(detectLinkedIn(doc, at('asa-bjorklund'))[0]?.location).toBe('Uppsala, Uppsala län, Sverige');
  });
});
