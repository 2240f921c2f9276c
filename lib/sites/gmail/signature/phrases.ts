import { hasAsciiDigit } from './char-kinds';

/**
 * The language of e-mail itself, as data: sign-offs, the lines mail clients put above a quoted
 * message, "sent from my phone" lines and the start of legal disclaimers.
 */

/** Sign-offs, compared to a whole line without its trailing punctuation, case-insensitively. */
export const CLOSINGS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'best', 'best wishes',
    'all the best', 'cheers', 'thanks', 'thank you', 'many thanks', 'thanks again', 'thanks in advance',
    'sincerely', 'yours sincerely', 'sincerely yours', 'yours truly', 'yours', 'cordially', 'respectfully',
    'take care', 'talk soon', 'speak soon', 'br', 'kr', 'rgds', 'with thanks', 'with best regards',
  ],
  sv: [
    'med vänliga hälsningar', 'med vänlig hälsning', 'vänliga hälsningar', 'vänlig hälsning', 'hälsningar',
    'hälsning', 'mvh', 'bästa hälsningar', 'allt gott', 'tack', 'tack på förhand', 'stort tack',
    'ha det bra', 'trevlig helg', 'hälsar',
  ],
  nb: ['vennlig hilsen', 'med vennlig hilsen', 'vennlige hilsener', 'hilsen', 'beste hilsen', 'takk', 'mvh'],
  da: ['venlig hilsen', 'med venlig hilsen', 'de bedste hilsner', 'bedste hilsner', 'kærlig hilsen', 'tak', 'vh'],
  de: [
    'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'freundliche grüsse',
    'viele grüße', 'viele grüsse', 'beste grüße', 'beste grüsse', 'liebe grüße', 'schöne grüße',
    'herzliche grüße', 'gruß', 'grüße', 'mfg', 'lg', 'vg', 'danke', 'vielen dank',
  ],
  fr: [
    'cordialement', 'bien cordialement', 'bien à vous', 'bien à toi', 'salutations', 'meilleures salutations',
    'sincères salutations', 'merci', 'merci beaucoup', 'bonne journée', 'amicalement', 'très cordialement',
  ],
  es: [
    'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'un abrazo', 'gracias', 'muchas gracias',
    'cordialmente', 'un cordial saludo',
  ],
};

const CLOSING_SET = new Set(Object.values(CLOSINGS).flat());
const TRAILING_PUNCTUATION = /[\s,.!:;–—-]+$/u;

/**
 * The sign-off a line starts with, as written (without trailing punctuation), and whatever
 * follows it on the same line ("Best, Anna" → rest "Anna"); undefined when it has none.
 */
export function matchClosing(line: string): { closing: string; rest: string } | undefined {
  const text = line.trim();
  if (text.length > 60) return undefined;
  const whole = text.replace(TRAILING_PUNCTUATION, '');
  if (CLOSING_SET.has(whole.toLowerCase())) return { closing: whole, rest: '' };
  const comma = /^([^,]{2,40}),\s*(.+)$/u.exec(text);
  const head = comma?.[1]?.trim();
  if (head && comma?.[2] && CLOSING_SET.has(head.toLowerCase())) return { closing: head, rest: comma[2].trim() };
  return undefined;
}

// The patterns below are lower-case and tested on lower-cased lines: the `i` flag would make
// V8 case-fold every letter when it compiles them, on each page's first thread (2026-11-27).

/**
 * A line that introduces a quoted earlier message; `next` is the following line, because
 * clients wrap "On …, Name <a@b.c>" / "wrote:" over two lines.
 */
export const QUOTE_HEADERS: readonly RegExp[] = [
  /^on\b.{4,300}\bwrote\s?:$/u, // en (Gmail, Apple Mail)
  // sv, nb, da: "Den tis 19 aug. 2025 kl 10:02 skrev Anna <a@b.se>:", newer nb without "Den".
  /^(?:den\b.{4,300}\bskrev\b.{0,300}|.{4,300}\bskrev\b.{0,300}@.{0,300}):$/u,
  /^am\b.{4,300}\bschrieb\b.{0,300}:$/u, // de
  /^le\b.{4,300}\ba écrit\s?:$/u, // fr
  /^el\b.{4,300}\bescribió\s?:$/u, // es
  /^-{2,}\s*(?:original message|ursprungligt meddelande|opprinnelig melding|oprindelig meddelelse|ursprüngliche nachricht|message d'origine|mensaje original|forwarded message|vidarebefordrat meddelande)\s*-{2,}$/u,
];

// Outlook puts a header block ("From: … / Sent: …") above the quoted message, no marker around it.
const OUTLOOK_FROM = /^(?:from|från|fra|von|de|da)\s?:\s*\S/u;
const OUTLOOK_SENT = /^(?:sent|date|skickat|datum|sendt|dato|gesendet|envoyé|enviado|fecha|inviato)\s?:\s*\S/u;

/** True when `line` (with up to three following lines) starts a quoted message. */
export function isQuoteStart(line: string, following: readonly string[]): boolean {
  const text = line.trim().toLowerCase();
  if (!text) return false;
  if (text.startsWith('>')) return true;
  const joined = following[0] ? `${text} ${following[0].trim().toLowerCase()}` : text;
  // Digits first: the pattern costs a millisecond on a page's first thread and most lines have none.
  const dated = (hasAsciiDigit(joined) && /\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}\b/.test(joined)) || text.startsWith('--');
  if (dated && QUOTE_HEADERS.some((pattern) => pattern.test(text) || pattern.test(joined))) return true;
  return OUTLOOK_FROM.test(text) && following.slice(0, 3).some((next) => OUTLOOK_SENT.test(next.trim().toLowerCase()));
}

/** "Sent from my iPhone" and its translations: dropped wherever they are. */
export const SENT_FROM: readonly RegExp[] = [
  /^sent from (?:my|mail for|outlook|yahoo)\b/u,
  /^get outlook for\b/u,
  /^skickat från (?:min|mitt|e-post)\b/u,
  /^sendt fra (?:min|mitt|e-post)\b/u,
  /^(?:von meinem|gesendet von)\b/u,
  /^envoyé de (?:mon|ma)\b/u,
  /^enviado desde (?:mi)\b/u,
];

/** The first words of confidentiality disclaimers: everything from here on is boilerplate. */
export const DISCLAIMERS: readonly RegExp[] = [
  /^(?:this|the) (?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|privileged|intended)/u,
  /^(?:confidentiality|disclaimer|important)(?: notice)?\s?:/u,
  /^(?:please consider the environment|think before you print)/u,
  /^(?:detta|denna) (?:e-?post(?:meddelande)?|e-?mail|meddelande)\b.{0,80}\b(?:konfidentiell|avsett|sekretess)/u,
  /^(?:denne|denna) e-?(?:post|mail)(?:en)?\b.{0,80}\b(?:konfidensiell|fortrolig)/u,
  /^(?:diese|die) (?:e-?mail|nachricht)\b.{0,80}\b(?:vertraulich|bestimmt)/u,
  /^ce (?:message|courriel|mail)\b.{0,80}\b(?:confidentiel|destiné)/u,
  /^(?:este|el presente) (?:mensaje|correo)\b.{0,80}\b(?:confidencial|destinado)/u,
];

// How the patterns above can start: a line starting otherwise is not tested, so the patterns are
// compiled only on pages that need them (each is tried on every line of every signature).
const SENT_FROM_STARTS = ['sent from ', 'get outlook for', 'skickat från ', 'sendt fra ', 'von meinem', 'gesendet von', 'envoyé de ', 'enviado desde '];
const DISCLAIMER_STARTS = [
  'this ', 'the ', 'confidentiality', 'disclaimer', 'important', 'please consider', 'think before', 'detta ', 'denna ',
  'denne ', 'diese ', 'die ', 'ce ', 'este ', 'el presente ',
];
const startsWithAny = (text: string, starts: readonly string[]) => starts.some((start) => text.startsWith(start));

/** True when a line is a phone-sent footer. */
export function isSentFromLine(line: string): boolean {
  const text = line.trim().toLowerCase();
  return text.length < 80 && startsWithAny(text, SENT_FROM_STARTS) && SENT_FROM.some((pattern) => pattern.test(text));
}

/** True when a line opens a disclaimer (or is so long it can only be one). */
export function isDisclaimerStart(line: string): boolean {
  const text = line.trim().toLowerCase();
  if (text.length > 400) return true;
  return startsWithAny(text, DISCLAIMER_STARTS) && DISCLAIMERS.some((pattern) => pattern.test(text));
}
