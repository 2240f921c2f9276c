import { labelsFor } from './labels';

/** Longest raw string we even look at: page text is untrusted and unbounded. */
const MAX_INPUT = 4000;

/**
 * Page text with control characters dropped, runs of whitespace (incl. no-break, narrow
 * no-break and zero-width spaces LinkedIn puts in dates) collapsed, trimmed and cut to `max`
 * characters on a code-point boundary. Undefined when nothing is left.
 */
export function cleanText(raw: string | null | undefined, max: number): string | undefined {
  if (!raw) return undefined;
  const text = raw
    .slice(0, MAX_INPUT)
    .replace(/[\s\u00a0\u202f\u200b\u200c\u200e\u200f\u2060\ufeff]+/g, ' ')
    // The C0 and C1 controls, the whole of Unicode's Cc (a plain class compiles faster than \p{Cc}).
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
  if (!text) return undefined;
  const points = Array.from(text);
  return points.length > max ? points.slice(0, max).join('').trim() || undefined : text;
}

/** "Acme · Full-time" → ["Acme", "Full-time"]: LinkedIn joins facts with a middle dot. */
export function splitDotLine(line: string): string[] {
  return line
    .split(/\s*[·•]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A date range or date line ("Jul 2021 - Present · 3 yrs", "2019 – 2023"): it holds a year. */
export function hasYear(line: string): boolean {
  return /(^|\D)(19|20)\d\d(\D|$)/.test(line);
}

/** `text` as a literal inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let currentRange: RegExp | undefined;

/** "Jul 2021 - Present", "jul. 2021 – nu": a range whose end is the present, in any language. */
export function isCurrentDateRange(line: string): boolean {
  currentRange ??= new RegExp(`[-–—]\\s*(${labelsFor('present').map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
  return currentRange.test(line);
}

/** "• 2nd", "3rd+", "2:a", "3.+", "2e", "2º": a connection degree, not a headline or location. */
export function isConnectionDegree(text: string): boolean {
  return /^[·•]?\s*[1-3](st|nd|rd|th|:a|:e|\.|er|e|º|°)?\+?$/iu.test(text.trim());
}

/** "She/Her", "hon/henne", "Er/Ihm": pronouns shown beside a name, not a headline. */
export function isPronouns(text: string): boolean {
  const words = text.toLocaleLowerCase().split('/').map((word) => word.trim());
  const known = new Set(labelsFor('pronoun'));
  return words.length >= 2 && words.length <= 3 && words.every((word) => known.has(word));
}

/** "Full-time", "Heltid", "Temps plein": an employment type, alone. */
export function isEmploymentType(text: string): boolean {
  const wanted = text.trim().toLocaleLowerCase();
  return labelsFor('employmentType').some((label) => label.toLocaleLowerCase() === wanted);
}

/**
 * "51-200 employees", "1 001–5 000 anställda", "10,001+ Beschäftigte" → "51-200", "1001-5000",
 * "10001+": the band without the localised word or thousands separators.
 */
export function parseSizeBand(text: string): string | undefined {
  const match = /(\d[\d\s.,\u00a0\u202f]*)\s*(?:[-–]\s*(\d[\d\s.,\u00a0\u202f]*\d|\d)|\+)/u.exec(text);
  if (!match?.[1]) return undefined;
  const digits = (part: string) => part.replace(/\D/g, '');
  return match[2] ? `${digits(match[1])}-${digits(match[2])}` : `${digits(match[1])}+`;
}
