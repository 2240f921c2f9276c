import { describe, expect, it } from 'vitest';
import { parseCompanySize } from '../../../lib/scoring';
import { compileMatcher, normalizeText } from '../../../lib/scoring/keywords';

const matches = (keywords: string[], text: string, unless: string[] = []) =>
  compileMatcher(keywords, unless)(normalizeText(text));

describe('keyword matching', () => {
  it.each([
    [['vd'], 'VD', true],
    [['vd'], 'Avd. chef', false], // a word containing the letters is not the word
    [['vd'], 'vd & grundare', true],
    [['*chef'], 'Försäljningschef', true],
    [['*chef'], 'Chef', true],
    [['*chef'], 'Chefredaktör', false],
    [['market*'], 'Marketing Lead', true],
    [['ägare'], 'Delägare', false], // "ä" is a letter: no word boundary before "ägare"
    [['delägare'], 'Delägare', true],
    [['co-founder'], 'Cofounder', true],
    [['co-founder'], 'Co founder', true],
    [['vice president'], 'Vice-President', true],
    [['adm. dir.'], 'Adm. dir. Oslo', true],
    [['c.o'], 'CEO', false], // punctuation is literal, not regex syntax
    [['c.o'], 'C.O', true],
    [[], 'anything', false],
  ])('%o in %j → %s', (keywords, text, expected) => {
    expect(matches(keywords, text)).toBe(expected);
  });

  it('masks the "unless" phrases before matching', () => {
    expect(matches(['president'], 'Vice President', ['vice president'])).toBe(false);
    expect(matches(['*founder'], 'Vice President & Co-Founder', ['vice president'])).toBe(true);
  });

  it('treats composed and decomposed letters alike', () => {
    expect(matches(['ägare'], 'A\u0308gare')).toBe(true);
  });
});

describe('parseCompanySize', () => {
  it.each([
    ['51-200 employees', 125],
    ['201–500 anställda', 350],
    ['10,001+ employees', 10001],
    ['1 001-5 000 Beschäftigte', 3000],
    ['2-10', 6],
    ['350', 350],
    ['Self-employed', 1],
    ['unknown', undefined],
    [undefined, undefined],
  ])('%j → %j', (text, size) => {
    expect(parseCompanySize(text)).toBe(size);
  });
});
