/**
 * Words Gmail shows in its own UI that we match on. They depend on the user's display
 * language, so they are data here, never literals in the code that reads the page.
 */

/**
 * The name Gmail gives the signed-in user in `name` attributes and "to me" lines.
 * en: G1 (2014 inbox list, `name="me"`); zh: the May 2016 capture (SELECTORS.md §1.2).
 * The others are Gmail's translations of "me" as of 2025; they were not seen in a capture.
 */
export const ME_LABELS: readonly { lang: string; label: string }[] = [
  { lang: 'en', label: 'me' },
  { lang: 'sv', label: 'jag' },
  { lang: 'nb', label: 'meg' },
  { lang: 'da', label: 'mig' },
  { lang: 'de', label: 'ich' },
  { lang: 'fr', label: 'moi' },
  { lang: 'es', label: 'yo' },
  { lang: 'it', label: 'io' },
  { lang: 'pt', label: 'eu' },
  { lang: 'nl', label: 'ik' },
  { lang: 'fi', label: 'minä' },
  { lang: 'pl', label: 'ja' },
  { lang: 'ru', label: 'я' },
  { lang: 'zh', label: '我' },
  { lang: 'ja', label: '自分' },
];

const ME = new Set(ME_LABELS.map((entry) => entry.label));

/** True when a participant's shown name is Gmail's word for the signed-in user. */
export function isMeLabel(name: string | null | undefined): boolean {
  return !!name && ME.has(name.trim().toLowerCase());
}

/**
 * Month names and abbreviations as they appear in `span.g3[title]` dates, per language.
 * en: "Thu, Dec 18, 2014 at 12:35 PM" (G1) and "20 Aug 2025, 13:19" (Aug 2025 capture);
 * sv: "20 aug. 2025 13:19". Other languages are best effort; a trailing "." is stripped first.
 * Weekday abbreviations can collide with months (fr/es "mar." = Tuesday), so callers take the
 * last month word of a date, which follows the weekday in every listed language.
 */
export const MONTH_NAMES: readonly { lang: string; months: readonly (readonly string[])[] }[] = [
  {
    lang: 'en',
    months: [
      ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'],
      ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'],
      ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
    ],
  },
  {
    lang: 'sv',
    months: [
      ['januari'], ['februari'], ['mars'], [], ['maj'], ['juni'], ['juli'], ['augusti'], [],
      ['okt', 'oktober'], [], [],
    ],
  },
  {
    lang: 'nb/da',
    months: [
      ['januar'], ['februar'], ['marts'], [], ['mai'], [], [], [], [], [], [], ['des', 'desember', 'december'],
    ],
  },
  {
    lang: 'fr',
    months: [
      ['janv', 'janvier'], ['févr', 'février'], [], ['avr', 'avril'], [], ['juin'], ['juil', 'juillet'],
      ['août'], [], [], [], ['déc', 'décembre'],
    ],
  },
  {
    lang: 'es',
    months: [
      ['ene', 'enero'], ['febrero'], ['marzo'], ['abr', 'abril'], ['mayo'], ['junio'], ['julio'],
      ['ago', 'agosto'], ['septiembre'], ['octubre'], ['noviembre'], ['dic', 'diciembre'],
    ],
  },
  {
    lang: 'de',
    months: [
      [], [], ['mär', 'märz'], [], [], [], [], [], [], [], [], ['dez', 'dezember'],
    ],
  },
];

// Built on first use: only engagement logging reads dates, and only on threads with known leads.
let months: Map<string, number> | undefined;

function monthTable(): Map<string, number> {
  const table = new Map<string, number>();
  for (const { months: names } of MONTH_NAMES) {
    names.forEach((words, index) => words.forEach((word) => table.set(word, index)));
  }
  return table;
}

/** Zero-based month for a month word in any listed language, else undefined. */
export function monthIndex(word: string): number | undefined {
  months ??= monthTable();
  return months.get(word.toLowerCase().replace(/\.$/, ''));
}
