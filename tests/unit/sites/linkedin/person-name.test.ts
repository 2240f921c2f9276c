import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPersonName, nameFromDocumentTitle } from '../../../../lib/sites/linkedin/person-name';

describe('cleanPersonName', () => {
  // Chosen rule: strip leading honorifics and trailing credentials, drop emoji,
  // keep diacritics and hyphens.
  it.each([
    ['Dr. Anna Berg, PhD', 'Anna Berg'],
    ['Dr. Åsa-Maria Öberg-Lind, PhD 🚀', 'Åsa-Maria Öberg-Lind'],
    ['Prof. Dr. Hans Müller', 'Hans Müller'],
    ['Anna Berg, MBA, CPA', 'Anna Berg'],
    ['Anna Berg, CSPO', 'Anna Berg'],
    ['Anna Berg MBA', 'Anna Berg'],
    ['Anna Berg (She/Her)', 'Anna Berg'],
    ['Åsa Björklund (hon/henne)', 'Åsa Björklund'],
    ['Mikael Svensson 🚀', 'Mikael Svensson'],
    ['👩🏽‍💻 Priya Raman-Ortiz 🇮🇳', 'Priya Raman-Ortiz'],
    ['José Ángel Núñez', 'José Ángel Núñez'],
    ["Ms. Siobhán O'Neil", "Siobhán O'Neil"],
    ['Sofie Nørgaard ✔️', 'Sofie Nørgaard'],
    // Not credentials: a surname that looks like a degree, a comma that is part of the name.
    ['Yo-Yo Ma', 'Yo-Yo Ma'],
    ['Berg, Anna', 'Berg, Anna'],
    ['Anna (Andersson) Berg', 'Anna (Andersson) Berg'],
  ])('%s → %s', (raw, name) => {
    expect(cleanPersonName(raw)).toBe(name);
  });

  it.each(['', '🚀🔥', '  ', null, undefined])('gives undefined for %j', (raw) => {
    expect(cleanPersonName(raw)).toBeUndefined();
  });

  it('keeps a lone honorific rather than returning nothing', () => {
    expect(cleanPersonName('Dr.')).toBe('Dr.');
  });

  it('never keeps emoji, never exceeds 200 characters, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const name = cleanPersonName(raw);
        if (name === undefined) return;
        expect(name).not.toMatch(/\p{Extended_Pictographic}/u);
        expect(Array.from(name).length).toBeLessThanOrEqual(200);
        expect(name).toBe(name.trim());
      }),
    );
  });
});

describe('nameFromDocumentTitle', () => {
  it.each([
    ['(3) Anna Berg | LinkedIn', 'Anna Berg'],
    ['(99+) Anna Berg | LinkedIn', 'Anna Berg'],
    ['Åsa Björklund | LinkedIn', 'Åsa Björklund'],
    ['Dr. Åsa-Maria Öberg-Lind, PhD 🚀 | LinkedIn', 'Åsa-Maria Öberg-Lind'],
  ])('%s → %s', (title, name) => {
    expect(nameFromDocumentTitle(title)).toBe(name);
  });

  it.each(['LinkedIn', '', 'Anna Berg', '(3) | LinkedIn'])('gives undefined for %j', (title) => {
    expect(nameFromDocumentTitle(title)).toBeUndefined();
  });
});
