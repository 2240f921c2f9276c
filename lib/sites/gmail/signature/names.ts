import { isLetter, isMark, isUpperLetter, runsOf } from './char-kinds';

/** Is a signature line the sender's name? Compared by words, ignoring case, accents and digits. */

/** Lower-case, accent-free words of at least two letters ("Eric Karlsson1" → eric, karlsson). */
export function nameWords(text: string): string[] {
  let bare = '';
  for (const char of text.normalize('NFD')) if (!isMark(char)) bare += char;
  return runsOf(bare.toLowerCase(), isLetter).filter((word) => word.length >= 2);
}

/** The words a sender may sign with: their display name and the parts of their address. */
export function senderWords(sender: { name?: string; email: string }): Set<string> {
  const local = sender.email.split('@')[0] ?? '';
  return new Set([...nameWords(sender.name ?? ''), ...nameWords(local.replace(/[._+-]/g, ' '))]);
}

// Particles allowed in lower case inside a name ("Ludwig van Beethoven", "Anna af Klint").
const PARTICLES = new Set(['af', 'av', 'von', 'van', 'der', 'den', 'de', 'la', 'le', 'del', 'da', 'di', 'du', 'y']);

const NAME_PUNCTUATION = new Set(["'", '’', '.', '-']);

/** "Anna", "O’Brien", "J.": an upper-case letter, then letters and name punctuation. */
function isCapitalisedWord(word: string): boolean {
  const [first, ...rest] = word;
  return !!first && isUpperLetter(first) && rest.every((char) => isLetter(char) || NAME_PUNCTUATION.has(char));
}

/** True when the text is shaped like a person's name: 1–4 capitalised words, letters only. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 1 || words.length > 4 || text.length > 60) return false;
  return words.every((word) => PARTICLES.has(word) || isCapitalisedWord(word));
}

/** True when the text is the sender's name (or their first name alone). */
export function isSenderName(text: string, words: Set<string>): boolean {
  if (!looksLikePersonName(text)) return false;
  const lineWords = nameWords(text);
  return lineWords.length > 0 && lineWords.some((word) => words.has(word));
}
