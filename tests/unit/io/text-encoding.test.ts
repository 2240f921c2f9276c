import { describe, expect, it } from 'vitest';
import { checkText, decodeText, parseCsv } from '../../../lib/io';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[(bom ? 2 : 0) + i * 2] = code & 0xff;
    bytes[(bom ? 2 : 0) + i * 2 + 1] = code >> 8;
  }
  return bytes;
}

describe('decodeText', () => {
  it('decodes UTF-8 bytes and drops the byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFNamn,E-post\nÅsa,a@b.se'))).toEqual({ ok: true, data: 'Namn,E-post\nÅsa,a@b.se' });
  });

  it('keeps a U+FFFD that is really in strictly decoded bytes', () => {
    expect(decodeText(utf8('name\nbroken \uFFFD char'))).toEqual({ ok: true, data: 'name\nbroken \uFFFD char' });
  });

  it.each([
    ['UTF-16 with a BOM', utf16le('Name,Email\r\nÅsa,a@b.se'), /not UTF-8 text: it is UTF-16/],
    ['UTF-16 without a BOM (NULs)', utf16le('Name,Email', false), /not UTF-8 text: it contains binary data/],
    ['Latin-1 bytes', new Uint8Array([0x4e, 0x61, 0x6d, 0x6e, 0x0a, 0xc5, 0x73, 0x61]), /not UTF-8 text: some bytes are not valid UTF-8/],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /not UTF-8 text: it is a zip archive/],
  ])('refuses %s', (_, bytes, message) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('checkText (text a browser already decoded loosely)', () => {
  it.each([
    ['UTF-16 read as UTF-8', '\uFFFD\uFFFDN\u0000a\u0000', /looks like UTF-16/],
    ['binary NULs', 'name\nab\u0000cd', /NUL byte on line 2/],
    ['Latin-1 read as UTF-8', 'Namn\nG\uFFFDteborg', /line 2 has bytes that are not valid UTF-8/],
  ])('refuses %s', (_, text, message) => {
    const result = checkText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('is what parseCsv reports for text input', () => {
    expect(parseCsv('Namn\nG\uFFFDteborg')).toEqual({ ok: false, error: expect.stringMatching(/^This file is not UTF-8 text/) });
  });
});
