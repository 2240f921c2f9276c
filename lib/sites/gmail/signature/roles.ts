import { anyCase } from './any-case';
import { hasChar, isNumber, isUpperLetter, wordsOf } from './char-kinds';

/**
 * Knowledge that tells a job title from a company name in a signature line: title words per
 * language, the endings of compound titles, legal-form suffixes, and the words that join them.
 */

/** Whole words or phrases that make a line a job title (matched case-insensitively). */
export const TITLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'chief', 'founder', 'co-founder', 'cofounder', 'owner', 'partner', 'president', 'vice president',
    'head of', 'director', 'manager', 'lead', 'leader', 'engineer', 'developer', 'consultant', 'specialist',
    'analyst', 'architect', 'designer', 'officer', 'executive', 'representative', 'coordinator',
    'administrator', 'assistant', 'associate', 'advisor', 'adviser', 'chairman', 'chairwoman', 'board member',
    'recruiter', 'scientist', 'researcher', 'professor', 'attorney', 'lawyer', 'counsel', 'accountant',
    'controller', 'buyer', 'strategist', 'product owner', 'scrum master', 'intern', 'principal', 'secretary',
    'editor', 'producer', 'technician', 'supervisor', 'sales', 'marketing', 'procurement', 'purchasing',
    'operations', 'business development', 'customer success', 'account executive',
  ],
  sv: [
    'grundare', 'medgrundare', 'delägare', 'ägare', 'ordförande', 'styrelseledamot', 'säljare', 'konsult',
    'ekonom', 'inköpare', 'koordinator', 'samordnare', 'handläggare', 'assistent', 'tekniker', 'strateg',
    'ansvarig', 'chef',
  ],
  nb_da: [
    'daglig leder', 'administrerende direktør', 'adm. dir.', 'direktør', 'leder', 'selger', 'sælger',
    'rådgiver', 'konsulent', 'gründer', 'stifter', 'indehaver',
  ],
  de: [
    'geschäftsführer', 'geschäftsführerin', 'vorstand', 'inhaber', 'inhaberin', 'gründer', 'gründerin', 'leiter',
    'leiterin', 'berater', 'beraterin', 'entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'prokurist',
    'referent', 'referentin', 'sachbearbeiter', 'vertrieb',
  ],
  fr: [
    'directeur', 'directrice', 'président', 'présidente', 'gérant', 'gérante', 'responsable', 'chef de',
    'ingénieur', 'développeur', 'développeuse', 'consultante', 'chargé', 'chargée', 'fondateur', 'fondatrice',
    'commercial', 'commerciale', 'associé', 'associée',
  ],
  es: [
    'directora', 'gerente', 'jefe', 'jefa', 'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora',
    'consultor', 'consultora', 'fundador', 'fundadora', 'socio', 'socia', 'presidente', 'ejecutivo',
    'ejecutiva', 'asesor', 'asesora',
  ],
};

/** Acronyms, matched with their case: "VD" is a title, "vd" in running text is not. */
export const TITLE_ACRONYMS = [
  'CEO', 'CTO', 'CFO', 'COO', 'CMO', 'CRO', 'CPO', 'CIO', 'CISO', 'CCO', 'CSO', 'VP', 'SVP', 'EVP', 'AVP',
  'VD', 'vVD', 'PDG', 'DG', 'KAM', 'SDR', 'BDR', 'AE', 'MD', 'GM',
] as const;

/** Endings of compound titles (sv/nb/da/de): Säljchef, Salgssjef, Vertriebsleiter, Projektledare. */
export const TITLE_ENDINGS = [
  'chef', 'sjef', 'ansvarig', 'ansvarlig', 'ledare', 'leder', 'leiter', 'leiterin', 'säljare', 'utvecklare',
  'utvikler', 'udvikler', 'ingenjör', 'ingeniør', 'konsult', 'konsulent', 'rådgivare', 'direktör', 'direktør',
  'führer', 'führerin', 'berater', 'manager', 'engineer', 'koordinator', 'specialist', 'developer',
] as const;

/** Legal-form suffixes that end a company name ("(publ)" may follow). Case-sensitive. */
export const COMPANY_SUFFIXES = [
  'AB', 'HB', 'KB', 'Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'LLP', 'PLC', 'plc',
  'GmbH', 'gGmbH', 'AG', 'KG', 'UG', 'e.K.', 'GbR', 'OHG', 'AS', 'ASA', 'A/S', 'ApS', 'I/S', 'SA', 'S.A.', 'SAS',
  'S.A.S.', 'SARL', 'SL', 'S.L.', 'SLU', 'S.L.U.', 'Oy', 'Oyj', 'Oy Ab', 'BV', 'B.V.', 'NV', 'N.V.', 'Corp',
  'Corp.', 'Corporation', 'Co.', 'Company', 'Group', 'Holding', 'Holdings', 'Pty Ltd', 'SRL', 'S.r.l.', 'S.p.A.',
  'SpA', 'K.K.', 's.r.o.', 'Sp. z o.o.',
] as const;

/** Words joining "Title <word> Company": en "at"/"@", sv "på"/"hos", nb/da "i"/"hos", de "bei", fr "chez", es "en". */
export const JOIN_WORDS = ['at', '@', 'på', 'hos', 'i', 'bei', 'chez', 'en'] as const;

/** Regions that follow a title after a comma and are not a company ("Head of Sales, Nordics"). */
export const REGION_WORDS = [
  'emea', 'apac', 'nordics', 'nordic', 'nordic region', 'dach', 'benelux', 'americas', 'north america', 'latam',
  'europe', 'scandinavia', 'global', 'international', 'sweden', 'norway', 'denmark', 'germany', 'france',
  'spain', 'uk', 'us', 'sverige', 'norge', 'danmark', 'deutschland', 'españa', 'worldwide',
] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Title knowledge is matched on the line's words, lower-cased once, with Set lookups: the same
// lists as `iu` regex alternations cost V8 milliseconds to compile on each page's first thread
// (case-folding every letter; bench, 2026-11-27). A word is a run of letters and digits, which is
// where the old patterns put their edges, so "co-founder" is the words "co founder".

/**
 * A title list entry as the words `hasTitleWord` compares: `wordsOf` joined by spaces. The lists
 * hold only letters, spaces, "-" and ".", so one space for each run of those gives the same words
 * without walking every character through the letter tests at load, which was ~15% of the Gmail
 * overlay's top-level run (2026-11-27); a unit test checks every entry against `wordsOf`.
 */
export const listPhraseOf = (text: string) => text.toLowerCase().replace(/[\s.-]+/g, ' ').trim();

const TITLE_PHRASES = new Set(Object.values(TITLE_WORDS).flat().map(listPhraseOf));
const LONGEST_PHRASE = Math.max(...[...TITLE_PHRASES].map((phrase) => phrase.split(' ').length));
const ACRONYMS = new Set<string>(TITLE_ACRONYMS);
const MIN_STEM = 3;

/** "säljchef", "vertriebsleiter": a known ending after at least three letters. */
function hasTitleEnding(word: string): boolean {
  return TITLE_ENDINGS.some((ending) => {
    const stem = word.length - ending.length;
    return stem >= MIN_STEM && word.endsWith(ending) && !hasChar(word.slice(stem - MIN_STEM, stem), isNumber);
  });
}

/** True when the text reads as a job title. */
export function hasTitleWord(text: string): boolean {
  const words = wordsOf(text);
  if (words.some((word) => ACRONYMS.has(word))) return true;
  const lower = words.map((word) => word.toLowerCase());
  return lower.some((word, start) => {
    let phrase = word;
    for (let end = start + 1; ; end += 1) {
      if (TITLE_PHRASES.has(phrase)) return true;
      const next = lower[end];
      if (next === undefined || end - start >= LONGEST_PHRASE) break;
      phrase = `${phrase} ${next}`;
    }
    return word.length > MIN_STEM + 3 && hasTitleEnding(word);
  });
}

// Built on first need: most lines end in no suffix and never reach it.
let companyRegex: RegExp | undefined;
const companyPattern = () =>
  (companyRegex ??= new RegExp(`^\\S.*[\\s,](?:${COMPANY_SUFFIXES.map(escape).join('|')})(?:\\s*\\(publ\\))?$`, 'u'));

/** True when the text ends in a company legal form ("Nordkraft AB", "Acme, Inc."). */
export function hasCompanySuffix(text: string): boolean {
  if (text.length > 120) return false;
  const trimmed = text.trim();
  // Most lines end in no suffix: skip the pattern (and its compile) for them.
  const mayEnd = trimmed.endsWith('(publ)') || COMPANY_SUFFIXES.some((suffix) => trimmed.endsWith(suffix));
  return mayEnd && companyPattern().test(trimmed);
}

/** True when the text is only a region name. */
export function isRegion(text: string): boolean {
  return (REGION_WORDS as readonly string[]).includes(text.trim().toLowerCase());
}

function startsUpperOrNumber(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return isUpperLetter(char) || isNumber(char);
}

function isTitleCompanyPair(title: string, company: string): boolean {
  return (
    title.length <= 100 &&
    company.length >= 2 &&
    company.length <= 100 &&
    startsUpperOrNumber(company) &&
    hasTitleWord(title) &&
    !hasCompanySuffix(title) &&
    !isRegion(company) &&
    !(COMPANY_SUFFIXES as readonly string[]).includes(company) &&
    (hasCompanySuffix(company) || !hasTitleWord(company))
  );
}

/** True when the text holds a "," or a dash: what "Title, Company" and "Title – Company" need. */
export const hasCommaOrDash = (text: string) => [',', '-', '–', '—'].some((mark) => text.includes(mark));

// Built on first need: most signature lines hold no join word.
const joinPatterns: (RegExp | undefined)[] = [];
function joinPattern(index: number, word: string): RegExp {
  return (joinPatterns[index] ??=
    word === '@' ? /^(.+?)\s*@\s*(\S.*)$/u : new RegExp(`^(.+?)\\s+${anyCase(escape(word))}\\s+(\\S.*)$`, 'u'));
}

/**
 * A line holding both a title and a company: "Head of Sales at Nordkraft", "VD på Fjällbo AB",
 * "VP Sales, Acme Inc.", "CTO – Fabrikam GmbH", and the reverse "Acme AB, CEO".
 */
export function splitTitleCompany(text: string): { title: string; company: string } | undefined {
  // A join word stands between spaces; only the joins the line holds are tried.
  const tokens = new Set(text.toLowerCase().split(/\s+/));
  for (const [index, word] of JOIN_WORDS.entries()) {
    if (word === '@' ? !text.includes('@') : !tokens.has(word)) continue;
    const match = joinPattern(index, word).exec(text);
    const [title, company] = [match?.[1]?.trim() ?? '', match?.[2]?.trim() ?? ''];
    if (match && isTitleCompanyPair(title, company)) return { title, company };
  }
  // Comma or spaced dash: try the last separator first, so a title may itself hold commas.
  if (!hasCommaOrDash(text)) return undefined;
  const separators = Array.from(text.matchAll(/\s*(?:,|\s[-–—])\s+/gu)).reverse();
  for (const separator of separators) {
    const left = text.slice(0, separator.index).trim();
    const right = text.slice(separator.index + separator[0].length).trim();
    if (isTitleCompanyPair(left, right)) return { title: left, company: right };
    if (hasCompanySuffix(left) && hasTitleWord(right) && !hasCompanySuffix(right)) return { title: right, company: left };
  }
  return undefined;
}
