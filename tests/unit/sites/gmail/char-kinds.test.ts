// The code-point tests that replace `\p{…}` patterns (compiling those cost the first thread
// milliseconds) must answer exactly as the patterns do, for every code point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capText } from '../../../../lib/sites/gmail/cap-text';
import { isLetter, isMark, isNumber, isUpperLetter, runsOf, wordsOf } from '../../../../lib/sites/gmail/signature/char-kinds';

const kinds = [
  ['isLetter', isLetter, /^\p{L}$/u],
  ['isNumber', isNumber, /^\p{N}$/u],
  ['isUpperLetter', isUpperLetter, /^\p{Lu}$/u],
  ['isMark', isMark, /^\p{M}$/u],
] as const;

describe('character kinds', () => {
  it.each(kinds)('%s agrees with its pattern on every code point', (_name, test, pattern) => {
    const differing: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      const char = String.fromCodePoint(code);
      if (test(char) !== pattern.test(char)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('wordsOf splits where /[^\\p{L}\\p{N}]+/u does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(wordsOf(text)).toEqual(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
        expect(runsOf(text, isLetter)).toEqual(text.split(/[^\p{L}]+/u).filter(Boolean));
      }),
    );
  });
});

describe('capText', () => {
  const byPattern = (raw: string, max: number) => {
    const text = raw.replace(/(?:\s|\u200b|\u200c|\u200d)+/g, ' ').trim();
    return text.length > max ? text.slice(0, max).trim() : text;
  };

  it('collapses and trims exactly the spaces the pattern did, for every UTF-16 unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (capText(` a${char}${char}b${char}`, 10) !== byPattern(` a${char}${char}b${char}`, 10)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('matches the pattern on arbitrary text and caps', () => {
    const spaced = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\u00a0', '\u200b', '\u2003', '\ufeff', 'é'), maxLength: 30 });
    fc.assert(
      fc.property(spaced, fc.nat(20), (raw, max) => {
        expect(capText(raw, max)).toBe(byPattern(raw, max));
      }),
    );
  });
});
