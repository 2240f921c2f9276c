/**
 * Keyword phrases → one precompiled matcher. Compiled once per model (compile.ts), because a
 * re-score runs the same few regexes over every lead.
 *
 * A keyword matches as a whole word, case-insensitively. A space or hyphen inside it matches
 * any run of spaces and dashes, or none ("co-founder", "co founder", "cofounder"). A leading
 * `*` lets it end a longer word ("*chef" matches "försäljningschef"); a trailing `*` lets it
 * start one ("market*" matches "marketing").
 */

/** Text as keywords see it: NFC (so "ä" typed two ways is one letter) and lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

// "Word" = any letter or digit in any script; JS `\b` only knows ASCII, which would split "ägare".
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
const GAP = '[\\s\\-\u2010-\u2014]*';

interface Keyword {
  body: string;
  openStart: boolean;
  openEnd: boolean;
}

function parseKeyword(raw: string): Keyword | undefined {
  let keyword = normalizeText(raw.trim());
  const openStart = keyword.startsWith('*');
  const openEnd = keyword.endsWith('*');
  keyword = keyword.replace(/^\*+|\*+$/g, '').trim();
  if (!keyword) return undefined;
  const body = keyword
    .split(/[\s\-\u2010-\u2014]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(GAP);
  return { body, openStart, openEnd };
}

/** One regex matching any of `keywords` in normalized text, or undefined when there are none. */
export function compileKeywords(keywords: readonly string[], flags = 'u'): RegExp | undefined {
  const parsed = keywords.map(parseKeyword).filter((k): k is Keyword => k !== undefined);
  // One boundary check per group, not per keyword: a title is tried against hundreds of keywords.
  const groups: string[] = [];
  for (const openStart of [false, true]) {
    for (const openEnd of [false, true]) {
      const bodies = parsed.filter((k) => k.openStart === openStart && k.openEnd === openEnd).map((k) => k.body);
      if (!bodies.length) continue;
      groups.push(`${openStart ? '' : NOT_BEFORE}(?:${bodies.join('|')})${openEnd ? '' : NOT_AFTER}`);
    }
  }
  return groups.length ? new RegExp(groups.join('|'), flags) : undefined;
}

/** A predicate over raw text: masks the `unless` phrases, then looks for any keyword. */
export type TextMatcher = (normalized: string) => boolean;

export function compileMatcher(keywords: readonly string[], unless: readonly string[] = []): TextMatcher {
  const find = compileKeywords(keywords);
  if (!find) return () => false;
  const mask = compileKeywords(unless, 'gu');
  if (!mask) return (text) => find.test(text);
  // A space, not "", keeps the words around a masked phrase apart.
  return (text) => find.test(text.replace(mask, ' '));
}
