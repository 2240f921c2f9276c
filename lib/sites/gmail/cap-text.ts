/**
 * Page text with runs of whitespace (including the no-break and narrow no-break spaces Gmail
 * puts in dates and signatures) collapsed to one space, trimmed, and cut to `max` characters.
 */
export function capText(raw: string | null | undefined, max: number): string {
  if (!raw) return '';
  const text = collapseSpaces(raw);
  return text.length > max ? text.slice(0, max).trim() : text;
}

// JavaScript's `\s` (what `trim` removes) plus the zero-width spaces: a loop, not a regex, because
// this runs on every name and signature line and a regex costs its compile on each page's first thread.
const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
// Printable ASCII first: nearly every character is, and the set lookup showed in first-run profiles.
const isSpace = (code: number) =>
  code <= 0x20 ? SPACES.has(code) : code >= 0xa0 && (SPACES.has(code) || (code >= 0x2000 && code <= 0x200d));

/** `raw.replace(/(?:\s|\u200b|\u200c|\u200d)+/g, ' ').trim()`. */
function collapseSpaces(raw: string): string {
  let text = '';
  let start = -1;
  let gap = false;
  for (let i = 0; i <= raw.length; i += 1) {
    if (i < raw.length && !isSpace(raw.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      text += (gap ? ' ' : '') + raw.slice(start, i);
      gap = true;
      start = -1;
    }
  }
  return text;
}

/** `capText`, or undefined when nothing is left. */
export function capOptional(raw: string | null | undefined, max: number): string | undefined {
  const text = capText(raw, max);
  return text ? text : undefined;
}
