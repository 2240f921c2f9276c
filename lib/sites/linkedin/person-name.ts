import { cleanText } from './text';

/**
 * Words people put around their name on LinkedIn that are not the name. Chosen rule: strip
 * leading honorifics and trailing credentials, drop emoji, keep diacritics and hyphens
 * ("Dr. Åsa Öberg-Lind, PhD 🚀" → "Åsa Öberg-Lind"). Language-neutral data, lower-cased.
 */
const HONORIFICS = [
  'dr', 'dr.', 'dr.-ing.', 'dr. med.', 'prof', 'prof.', 'professor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms',
  'ms.', 'mx.', 'sir', 'dame', 'dipl.-ing.', 'ing.', 'mag.', 'herr', 'frau', 'mme', 'mme.', 'mlle',
  'sr.', 'sra.', 'srta.', 'dra.', 'lic.', 'dott.', 'dott.ssa',
];

/** Exact case: "Yo-Yo Ma" keeps its "Ma", "Anna Berg MA" loses the degree. */
const CREDENTIALS = [
  'PhD', 'Ph.D.', 'Ph.D', 'DPhil', 'MBA', 'EMBA', 'MSc', 'M.Sc.', 'BSc', 'B.Sc.', 'MA', 'BA', 'MD', 'M.D.',
  'JD', 'LLM', 'LL.M.', 'CPA', 'CFA', 'ACCA', 'FCA', 'PMP', 'CISSP', 'CISA', 'CISM', 'CSM', 'PSM', 'SHRM-CP',
  'PHR', 'CFP', 'PE', 'P.Eng.', 'RN', 'Dipl.-Ing.', 'MPH', 'FRCS', 'MRCP', 'ITIL', 'SAFe', 'CPC',
];

const MAX_NAME = 200;

// Emoji and their glue: pictographs, skin tones, variation selectors, ZWJ, keycaps, flags.
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

function isCredential(token: string): boolean {
  return CREDENTIALS.includes(token.trim());
}

/** "PhD", "MBA, CPA", "(She/Her)": a comma part or parenthesis that is not part of the name. */
function isAddendum(part: string): boolean {
  const tokens = part.split(/[\s,/]+/).filter(Boolean);
  if (tokens.length === 0) return true;
  // After a comma an unknown all-caps acronym ("CSPO") is a credential too.
  if (tokens.every((token) => isCredential(token) || /^[A-Z]{2,6}$/.test(token))) return true;
  // Pronouns: "She/Her", "hon/henne", "il/lui".
  return /^\p{L}{1,6}(\/\p{L}{1,6}){1,2}$/u.test(part.replace(/\s+/g, ''));
}

function stripHonorifics(name: string): string {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    const lower = rest.toLocaleLowerCase();
    for (const word of HONORIFICS) {
      if (lower.startsWith(`${word} `) && rest.length > word.length + 1) {
        rest = rest.slice(word.length + 1).trimStart();
        changed = true;
        break;
      }
    }
  }
  return rest;
}

function stripTrailingCredentials(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && isCredential(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** A person's display name as LinkedIn shows it, reduced to the name itself. */
export function cleanPersonName(raw: string | null | undefined): string | undefined {
  let name = cleanText(raw?.replace(EMOJI, ' '), MAX_NAME * 2);
  if (!name) return undefined;
  name = name.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (isAddendum(inner) ? '' : whole));
  const parts = name.split(',');
  const kept = [parts[0] ?? ''];
  for (const part of parts.slice(1)) if (!isAddendum(part)) kept.push(part);
  name = kept.join(',');
  name = stripTrailingCredentials(stripHonorifics(name.replace(/\s+/g, ' ').trim()));
  name = name.replace(/^[\s\-–|·•,.]+|[\s\-–|·•,]+$/g, '');
  return cleanText(name, MAX_NAME);
}

/** "(3) Anna Berg | LinkedIn" → "Anna Berg": the unread-count prefix and site suffix removed. */
export function nameFromDocumentTitle(title: string | null | undefined): string | undefined {
  const text = cleanText(title, 400);
  if (!text) return undefined;
  const match = /^(?:\(\d+\+?\)\s*)?(.+?)\s*[|–-]\s*LinkedIn\s*$/u.exec(text);
  return match?.[1] ? cleanPersonName(match[1]) : undefined;
}
