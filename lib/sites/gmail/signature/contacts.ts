import { canonicalLinkedInUrl, normaliseEmail } from '../../../model/identity';
import { anyCase } from './any-case';
import { hasAsciiDigit } from './char-kinds';
import { lazyPattern } from './lazy-pattern';

/**
 * Contact details in one piece of signature text. Each finder returns what it found and the
 * text with it removed, so what is left can still be read as a name, title or company.
 */
export type Found<T> = { values: T[]; rest: string };

const EMAIL = lazyPattern(() => /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu);

// The finders below skip text their pattern cannot match: V8 compiles a pattern on its first
// run, and these `\p{…}` patterns cost 0.5–1.1 ms each on a page's first thread (2026-11-27).

export function findEmails(text: string): Found<string> {
  const values: string[] = [];
  if (!text.includes('@')) return { values, rest: text };
  const rest = text.replace(EMAIL(), (raw) => {
    const email = normaliseEmail(raw);
    if (email) values.push(email);
    return ' ';
  });
  return { values, rest };
}

const TLDS = 'com|se|no|dk|de|fr|es|fi|io|net|org|co|ai|eu|uk|nl|be|ch|at|it|pl|app|dev|tech|biz|info|me|cloud|agency|studio';
const TLD_STARTS = TLDS.split('|').map((tld) => `.${tld}`);

/** A link starts "http", "www." or has a "." before a known TLD (case aside); cheap, before the pattern. */
function mayHoldLink(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('http') || lower.includes('www.') || TLD_STARTS.some((start) => lower.includes(start));
}

let urlRegex: RegExp | undefined;
const urlPattern = () =>
  (urlRegex ??= new RegExp(
    `(?:${anyCase('https?:\\/\\/|www\\.')})[^\\s<>"'|,;]+|(?<![@\\p{L}\\p{N}.-])(?:[\\p{L}\\p{N}-]+\\.)+(?:${anyCase(TLDS)})(?:\\/[^\\s<>"'|,;]*)?(?![\\p{L}\\p{N}@])`,
    'gu',
  ));

// Links in a signature that are not the company's website.
const NOT_WEBSITE =
  /(?:^|\.)(?:linkedin\.com|facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|calendly\.com|zoom\.us|teams\.microsoft\.com|meet\.google\.com|google\.com|goo\.gl|bit\.ly|aka\.ms|github\.com|medium\.com|wa\.me|t\.me|apple\.com|microsoft\.com)$/;

function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]?.toLowerCase() ?? '';
}

/** "https://…" form of a website as written, without trailing punctuation or a bare "/" path. */
export function normaliseWebsite(raw: string): string | undefined {
  let url = raw.trim().replace(/[.,;:)\]]+$/, '');
  if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
  url = url.replace(/^(https?:\/\/[^/?#]+)\/$/i, '$1');
  const host = hostOf(url);
  // `host` is lower-cased: NOT_WEBSITE needs no `i`.
  if (!host.includes('.') || NOT_WEBSITE.test(host) || url.length > 300) return undefined;
  return url;
}

/** LinkedIn profile URLs (canonical) and websites in text; social links are neither. */
export function findLinks(text: string): { linkedin: string[]; websites: string[]; rest: string } {
  const linkedin: string[] = [];
  const websites: string[] = [];
  if (!mayHoldLink(text)) return { linkedin, websites, rest: text };
  const rest = text.replace(urlPattern(), (raw) => {
    // A bare "ASP.NET" or "Node.JS" in a title is not a domain; written domains are lower case.
    const tld = raw.split('/')[0]?.split('.').at(-1) ?? '';
    if (!/^(?:https?:|www\.)/i.test(raw) && /[A-Z]/.test(tld)) return raw;
    const profile = canonicalLinkedInUrl(raw);
    if (profile) linkedin.push(profile);
    else {
      const website = normaliseWebsite(raw);
      if (website) websites.push(website);
    }
    return ' ';
  });
  return { linkedin, websites, rest };
}

// Labels and countries are matched on `foldCase` text without the `i` flag, which makes V8 case-fold
// every letter of the pattern when it compiles it.
const foldCase = (text: string) => text.toLowerCase().replaceAll('ſ', 's');

// "Tel:", "M:", "Mobil:", "Direkt:", … before a number; fax numbers are read and dropped.
const PHONE_LABEL =
  /(?:^|[\s(|])(tel|tfn|tlf|telefon|telephone|phone|ph|mobile|mobil|mob|cell|direct|direkt|dir|office|work|växel|vxl|handy|móvil|movil|teléfono|téléphone|tél|tel\.|portable|fax|telefax|m|t|p|o|d|w|f)\.?\s*[:.]?\s*$/u;
// No `u`: a number never starts inside a surrogate pair, and `u` made V8's first compile slower.
const PHONE = /(?:\+|\(|\b)\d[\d\s().\-/\u00a0]{5,24}\d/g;
const NANP = /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/;
// Organisation and VAT numbers look like phone numbers ("Org.nr 556677-8899").
const NOT_PHONE_LABEL = /(?:org|org\.?\s?nr|orgnr|vat|moms\w*|cvr|mva|ust-?id\w*|siret|siren|cif|nif|reg|iban|bic|swift)\.?\s*[:.]?\s*$/u;

export function findPhones(text: string): Found<string> {
  const values: string[] = [];
  if (!hasAsciiDigit(text)) return { values, rest: text };
  const rest = text.replace(PHONE, (raw, offset: number) => {
    const number = raw.trim().replace(/[\s\u00a0]+/g, ' ');
    const digits = number.replace(/\D/g, '').length;
    const before = foldCase(text.slice(Math.max(0, offset - 24), offset));
    const label = PHONE_LABEL.exec(before)?.[1];
    if (digits < 7 || digits > 15 || NOT_PHONE_LABEL.test(before) || /\b\d{4}-\d{2}-\d{2}\b/.test(number)) return raw;
    if (!(label || /^[+(0]/.test(number) || NANP.test(number))) return raw;
    if (label !== 'fax' && label !== 'telefax' && label !== 'f') values.push(number.slice(0, 60));
    return ' ';
  });
  return { values, rest };
}

/** Digits of a phone number, to tell "+46 8 123" and "+4681 23" apart from real duplicates. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

// Street lines: "Storgatan 12", "Hauptstraße 5", "Karl Johans gate 1", "Bredgade 30", "12 rue de Rivoli",
// "Calle Mayor 5", "221B Baker Street", "Box 123"; postal lines: "111 22 Stockholm", "0150 Oslo",
// "10115 Berlin", "San Francisco, CA 94105", "London SW1A 1AA".
// Lower-case patterns, tested on the lower-cased text (the `i` flag is costly to compile).
// Each street pattern with the words every match of it holds one of: a pattern is created and
// runs only on lines holding one.
const STREET: readonly { pattern: () => RegExp; words: readonly string[] }[] = [
  {
    pattern: lazyPattern(() => /\p{L}(?:gatan|gata|vägen|väg|torget|torg|gränd|allén|backe|stigen|straße|strasse|str\.|weg|platz|allee|gate|gaten|veien|vei|vegen|gade|vej|plads)\s+\d+/u),
    words: ['gat', 'väg', 'torg', 'gränd', 'allé', 'backe', 'stigen', 'straße', 'str', 'weg', 'platz', 'allee', 'vei', 'vegen', 'gade', 'vej', 'plads'],
  },
  { pattern: lazyPattern(() => /(?:^|\s)(?:gate|gata|vei|vej|straße|strasse)\s+\d+/u), words: ['gat', 'vei', 'vej', 'straße', 'strasse'] },
  {
    pattern: lazyPattern(() => /\d+\p{L}?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse)\s/u),
    words: ['rue', 'av', 'boulevard', 'bd', 'place', 'allée', 'chemin', 'quai', 'impasse'],
  },
  {
    pattern: lazyPattern(() => /(?:^|\s)(?:calle|c\/|avda\.?|avenida|plaza|paseo|carrer|pl\.)\s+\p{L}.*\d/u),
    words: ['calle', 'c/', 'av', 'plaza', 'paseo', 'carrer', 'pl.'],
  },
  {
    pattern: lazyPattern(() => /\d+\p{L}?\s+(?:[\p{L}'.-]+\s){0,4}(?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|place|square|court|ct\.?)(?:[\s,]|$)/u),
    words: ['st', 'road', 'rd', 'av', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'place', 'square', 'court', 'ct'],
  },
  { pattern: lazyPattern(() => /(?:^|\s)(?:p\.?\s?o\.?\s)?box\s+\d+/u), words: ['box'] },
  { pattern: lazyPattern(() => /(?:^|\s)(?:suite|floor|våning|plan)\s+\d+/u), words: ['suite', 'floor', 'våning', 'plan'] },
];
const POSTAL = [
  lazyPattern(() => /(?:^|\s)\d{3}\s\d{2}\s+\p{Lu}\p{L}+/u),
  lazyPattern(() => /(?:^|\s)\d{4,5}\s+\p{Lu}\p{L}+/u),
  lazyPattern(() => /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/u),
  lazyPattern(() => /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/u),
];
const COUNTRIES = /^(?:sweden|sverige|norway|norge|denmark|danmark|finland|suomi|germany|deutschland|france|spain|españa|united kingdom|uk|usa|united states|the netherlands|netherlands|belgium|switzerland|austria|ireland|poland|estonia|iceland)$/u;

/** True when the text is (part of) a postal address. */
export function isAddressText(text: string): boolean {
  const trimmed = text.trim();
  // Every street and postal pattern needs a digit; most signature lines have none.
  if (trimmed.length < 4 || trimmed.length > 200 || !hasAsciiDigit(trimmed) || /©|\(c\)/i.test(trimmed)) return false;
  const lower = trimmed.toLowerCase();
  return (
    STREET.some(({ pattern, words }) => words.some((word) => lower.includes(word)) && pattern().test(lower)) ||
    POSTAL.some((pattern) => pattern().test(trimmed))
  );
}

/** True when the text is only a country name (kept when it follows an address line). */
export function isCountry(text: string): boolean {
  return COUNTRIES.test(foldCase(text.trim().replace(/[.,]$/, '')));
}
