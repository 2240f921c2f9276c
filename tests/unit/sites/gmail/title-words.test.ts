import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCase } from '../../../../lib/sites/gmail/signature/any-case';
import { wordsOf } from '../../../../lib/sites/gmail/signature/char-kinds';
import { hasTitleWord, listPhraseOf, TITLE_ACRONYMS, TITLE_ENDINGS, TITLE_WORDS } from '../../../../lib/sites/gmail/signature/roles';

// The patterns the word lookups replaced (2026-11-27), kept here as the reference they must agree with.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const WORD_RE = new RegExp(`${EDGE_BEFORE}(?:${Object.values(TITLE_WORDS).flat().map(escape).join('|')})${EDGE_AFTER}`, 'iu');
const ACRONYM_RE = new RegExp(`${EDGE_BEFORE}(?:${TITLE_ACRONYMS.join('|')})${EDGE_AFTER}`, 'u');
const ENDING_RE = new RegExp(`\\p{L}{3,}(?:${TITLE_ENDINGS.map(escape).join('|')})${EDGE_AFTER}`, 'iu');
const byPatterns = (text: string) => ACRONYM_RE.test(text) || WORD_RE.test(text) || ENDING_RE.test(text);

const casing = (word: string) => fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1));
const piece = fc.oneof(
  fc.constantFrom(...Object.values(TITLE_WORDS).flat()).chain(casing),
  fc.constantFrom(...TITLE_ACRONYMS, 'Ceo', 'vp'),
  fc.tuple(fc.constantFrom('sälj', 'vertriebs', 'ab', 'x1', 'projekt'), fc.constantFrom(...TITLE_ENDINGS)).map(([stem, end]) => stem + end),
  fc.constantFrom('Nordkraft', 'AB', 'Fjällbo', 'sales-ops', '12', 'Inc.', 'Anna', 'of', 'at', 'på', 'directory', 'leadership'),
);
// One known difference: a title ending in "." glued to the next word ("adm. dir.x1chef") reads as
// a title by word lookup (words split at the dot) and not by the old pattern's edge; such a piece
// gets a space after it.
const glue = (piece: string, sep: string) => (sep === '' && piece.endsWith('.') ? ' ' : sep);
const line = fc.array(fc.tuple(piece, fc.constantFrom(' ', ', ', ' | ', '-', '')), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([p, sep]) => p + glue(p, sep)).join('').trim());

describe('title words by word lookup', () => {
  it('agree with the case-insensitive patterns they replaced', () => {
    fc.assert(fc.property(line, (text) => {
        expect(hasTitleWord(text)).toBe(byPatterns(text));
      }), { numRuns: 2000 });
  });

  it.each(['at', 'på', 'https?:\\/\\/|www\\.', 'chez'])('anyCase(%s) matches what the i flag matches', (source) => {
    const plain = new RegExp(`^(?:${anyCase(source)})$`, 'u');
    const folded = new RegExp(`^(?:${source})$`, 'iu');
    fc.assert(fc.property(fc.constantFrom('at', 'AT', 'aT', 'PÅ', 'på', 'Pa', 'HTTP://', 'Https://', 'WWW.', 'chez', 'CHEZ', 'ch3z'), (text) => {
        expect(plain.test(text)).toBe(folded.test(text));
      }));
  });

  it.each(Object.values(TITLE_WORDS).flat())('listPhraseOf(%s) gives the words wordsOf finds', (entry) => {
    expect(listPhraseOf(entry)).toBe(wordsOf(entry.toLowerCase()).join(' '));
  });
});
