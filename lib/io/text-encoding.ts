import { fail, ok, type Result } from './result';

/** What a file picker or fetch gives: text, or the raw bytes. */
export type TextInput = string | ArrayBuffer | Uint8Array;

const SAVE_AS = 'Save it as “CSV UTF-8” (Excel) or UTF-8 text and try again.';

/**
 * The input as text without a byte-order mark, or "not UTF-8 text" with what it looks like
 * instead. Prefer bytes (`file.arrayBuffer()`): they are decoded strictly, so a U+FFFD that was
 * really in the data passes. Text already decoded loosely by `File.text()` shows its damage
 * only as U+FFFD, so for strings every U+FFFD counts as damage.
 */
export function decodeText(input: TextInput): Result<string> {
  if (typeof input === 'string') return checkText(input);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (isUtf16Bom(bytes[0], bytes[1])) return fail(`This file is not UTF-8 text: it is UTF-16. ${SAVE_AS}`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return fail(`This file is not UTF-8 text: it is a zip archive, such as an Excel workbook (.xlsx). ${SAVE_AS}`);
  }
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { decodedStrictly: true });
  } catch {
    return fail(`This file is not UTF-8 text: some bytes are not valid UTF-8 (Latin-1 or Windows-1252?). ${SAVE_AS}`);
  }
}

/** Checks decoded text for the marks of a wrong encoding and strips a UTF-8 byte-order mark. */
export function checkText(text: string, { decodedStrictly = false } = {}): Result<string> {
  // UTF-16's BOM read as UTF-8 becomes two replacement characters.
  if (text.startsWith('\uFFFD\uFFFD') || text.startsWith('\uFFFE')) {
    return fail(`This file is not UTF-8 text: it looks like UTF-16. ${SAVE_AS}`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return fail(`This file is not UTF-8 text: it contains binary data (a NUL byte on line ${lineOf(text, nul)}). ${SAVE_AS}`);
  }
  const bad = decodedStrictly ? -1 : text.indexOf('\uFFFD');
  if (bad >= 0) {
    return fail(`This file is not UTF-8 text: line ${lineOf(text, bad)} has bytes that are not valid UTF-8. ${SAVE_AS}`);
  }
  return ok(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function isUtf16Bom(a: number | undefined, b: number | undefined): boolean {
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
