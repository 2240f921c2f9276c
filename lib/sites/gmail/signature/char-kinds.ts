/**
 * Unicode letter, digit, upper-case and mark tests on single code points, and the word runs
 * built from them. Each `\p{…}` class in a `u` pattern costs V8 0.2–1.1 ms to compile on a
 * page's first thread, once per pattern (gmail/2025-08-long-thread.html, 2026-11-27); signature
 * text is almost all ASCII and Latin-1, so those are table lookups and only other code points
 * compile the one shared pattern per class, on first need.
 */

type Kind = 'L' | 'N' | 'Lu' | 'M';

const SOURCES: Record<Kind, string> = { L: '^\\p{L}$', N: '^\\p{N}$', Lu: '^\\p{Lu}$', M: '^\\p{M}$' };
const compiled: Partial<Record<Kind, RegExp>> = {};

function testRare(kind: Kind, char: string): boolean {
  const pattern = (compiled[kind] ??= new RegExp(SOURCES[kind], 'u'));
  return pattern.test(char);
}

// Latin-1 Supplement (U+0080–U+00FF): letters are ª µ º and À–ÿ but × ÷; numbers ² ³ ¹ ¼ ½ ¾.
const isLatin1Letter = (code: number) =>
  code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
const isLatin1Number = (code: number) => code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe);
// Latin Extended-A and -B (U+0100–U+024F: "ł", "ș", "ő") are all letters, and Combining Diacritical
// Marks (U+0300–U+036F, what NFD splits "é" into) all marks: names in Polish, Czech or with any
// accent skip the patterns too (checked against them for every code point in the unit test).
const LATIN_EXTENDED_END = 0x24f;
const isCombiningDiacritic = (code: number) => code >= 0x300 && code <= 0x36f;
// General Punctuation (U+2000–U+206F: dashes, quotes, "…", "•") holds no letter, number or mark.
const isPunctuationBlock = (code: number) => code >= 0x2000 && code <= 0x206f;

/** `char` is one code point (as `for…of` yields them); true when it is `\p{L}`. */
export function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  if (code <= 0xff) return isLatin1Letter(code);
  if (code <= LATIN_EXTENDED_END) return true;
  return !isPunctuationBlock(code) && testRare('L', char);
}

/** True when the code point is `\p{N}` (any script's digits, ², ½, Ⅻ …). */
export function isNumber(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  if (code <= 0xff) return isLatin1Number(code);
  if (code <= LATIN_EXTENDED_END) return false;
  return !isPunctuationBlock(code) && testRare('N', char);
}

/** True when the code point is `\p{Lu}`. */
export function isUpperLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code <= 0xff) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  return !isPunctuationBlock(code) && testRare('Lu', char);
}

/** True when the code point is `\p{M}` (combining accents and other marks). */
export function isMark(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code <= 0x36f) return isCombiningDiacritic(code);
  return !isPunctuationBlock(code) && testRare('M', char);
}

export const isLetterOrNumber = (char: string) => isLetter(char) || isNumber(char);

/** True when any code point of `text` passes `test`. */
export function hasChar(text: string, test: (char: string) => boolean): boolean {
  for (const char of text) if (test(char)) return true;
  return false;
}

/** Maximal runs of code points passing `test`: `text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)` and kin. */
export function runsOf(text: string, test: (char: string) => boolean): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of text) {
    if (test(char)) run += char;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Runs of letters and digits: the words of a line. */
export const wordsOf = (text: string) => runsOf(text, isLetterOrNumber);

/** True when the text holds an ASCII digit (`\d`): every address and phone pattern needs one. */
export function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
