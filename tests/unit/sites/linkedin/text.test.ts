import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  hasYear,
  isConnectionDegree,
  isCurrentDateRange,
  isEmploymentType,
  isPronouns,
  parseSizeBand,
  splitDotLine,
} from '../../../../lib/sites/linkedin/text';

describe('cleanText', () => {
  it('collapses whitespace, no-break and zero-width spaces, and trims', () => {
    expect(cleanText('  Jul\u00a02021 -\u202fPresent\u200b \n· 3 yrs ', 100)).toBe('Jul 2021 - Present · 3 yrs');
  });

  it('drops control characters', () => {
    expect(cleanText('Anna\u0000 Berg\u0007', 100)).toBe('Anna Berg');
  });

  it('cuts to max code points without splitting a surrogate pair', () => {
    expect(cleanText('ab😀cd', 3)).toBe('ab😀');
  });

  it.each([null, undefined, '', '   \n\t '])('gives undefined for %j', (raw) => {
    expect(cleanText(raw, 10)).toBeUndefined();
  });

  it('never exceeds max, never has outer spaces, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (raw, max) => {
        const text = cleanText(raw, max);
        if (text === undefined) return;
        expect(Array.from(text).length).toBeLessThanOrEqual(max);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s{2}/);
      }),
    );
  });
});

describe('date and role lines', () => {
  it.each([
    ['Jul 2021 - Present · 3 yrs 1 mo', true],
    ['jan. 2023 – nu · 1 år 7 mån', true],
    ['Jan. 2022–Heute · 3 Jahre 5 Monate', true],
    ['sept. 2021 - aujourd’hui · 3 ans 11 mois', true],
    ['mar. 2020 - actualidad · 5 años 3 meses', true],
    ['Aug 2018 - Feb 2022 · 3 yrs 7 mos', false],
    ['Full-time · 5 yrs 3 mos', false],
    // "nu" must be the whole word: "nuvarande" is not the present.
    ['jan. 2023 – nuvarande', false],
  ])('isCurrentDateRange(%j) = %s', (line, current) => {
    expect(isCurrentDateRange(line)).toBe(current);
  });

  it.each([
    ['Jul 2021 - Present', true],
    ['2012 - 2017', true],
    ['Full-time · 5 yrs 3 mos', false],
    ['14 yrs 2 mos', false],
  ])('hasYear(%j) = %s', (line, expected) => {
    expect(hasYear(line)).toBe(expected);
  });

  it.each(['Full-time', 'Heltid', 'Vollzeit', 'Temps plein', 'Jornada completa', 'full-time'])(
    '%s is an employment type',
    (text) => {
      expect(isEmploymentType(text)).toBe(true);
    },
  );

  it.each(['Nordlys Analytics', 'Full-time · 2 yrs', ''])('%j is not an employment type', (text) => {
    expect(isEmploymentType(text)).toBe(false);
  });

  it('splits LinkedIn dot lines', () => {
    expect(splitDotLine('Voltaro · Full-time')).toEqual(['Voltaro', 'Full-time']);
    expect(splitDotLine('Pune, India • On-site')).toEqual(['Pune, India', 'On-site']);
  });

  it.each(['• 2nd', '· 3rd+', '1st', '2:a', '3.+', '2e', '2º'])('%s is a connection degree', (text) => {
    expect(isConnectionDegree(text)).toBe(true);
  });

  it.each(['2nd floor office', 'Sweden', '21st Century Fox'])('%s is not a connection degree', (text) => {
    expect(isConnectionDegree(text)).toBe(false);
  });
});

describe('isPronouns', () => {
  it.each(['She/Her', 'he/him/his', 'They / Them', 'hon/henne', 'Er/Ihm', 'il/lui', 'Él/Él'])('%s are pronouns', (text) => {
    expect(isPronouns(text)).toBe(true);
  });

  it.each(['CEO/Founder', 'Oslo/Bergen', 'She', 'Sales | Her team'])('%s are not pronouns', (text) => {
    expect(isPronouns(text)).toBe(false);
  });
});

describe('parseSizeBand', () => {
  it.each([
    ['51-200 employees', '51-200'],
    ['1 001–5 000 anställda', '1001-5000'],
    ['10,001+ employees', '10001+'],
    ['1.001-5.000 Beschäftigte', '1001-5000'],
    ['2-10 empleados', '2-10'],
  ])('%s → %s', (text, band) => {
    expect(parseSizeBand(text)).toBe(band);
  });

  it.each(['4K followers', 'Software Development', '1 tn följare'])('%s has no size band', (text) => {
    expect(parseSizeBand(text)).toBeUndefined();
  });
});
