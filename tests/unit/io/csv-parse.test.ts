import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseCsv, parseCsvChunked, type CsvTable } from '../../../lib/io';

function table(text: string): CsvTable {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe('parseCsv', () => {
  it('reads quotes, commas and newlines inside cells, and a byte-order mark', () => {
    const parsed = table('\uFEFFName,Notes\r\n"Öberg, Åsa","He said ""hi""\r\nthen left"\r\n李雷,plain\r\n');
    expect(parsed).toEqual({
      headers: ['Name', 'Notes'],
      rows: [['Öberg, Åsa', 'He said "hi"\r\nthen left'], ['李雷', 'plain']],
      problems: [],
    });
  });

  it('reads a Swedish Excel file with semicolons, even when cells hold commas', () => {
    const parsed = table('Namn;E-post;Värde\nÅsa Öberg;asa@exempel.se;12 500,50\nPer, Jr;per@exempel.se;1\n');
    expect(parsed.headers).toEqual(['Namn', 'E-post', 'Värde']);
    expect(parsed.rows[0]).toEqual(['Åsa Öberg', 'asa@exempel.se', '12 500,50']);
    expect(parsed.rows[1]).toEqual(['Per, Jr', 'per@exempel.se', '1']);
  });

  it('reads a one-column file', () => {
    expect(table('Name\nÅsa\nJürgen\n').rows).toEqual([['Åsa'], ['Jürgen']]);
  });

  it('skips blank lines and keeps record numbers for what is left', () => {
    const parsed = table('Name,Email\n\nÅsa,a@b.se\n,\nBo,b@c.se,extra\n');
    expect(parsed.rows).toEqual([['Åsa', 'a@b.se'], ['Bo', 'b@c.se', 'extra']]);
    expect(parsed.problems).toEqual([{ row: 3, reason: 'ragged row: it has 3 cells, the header row has 2' }]);
  });

  it('reports a quoted cell that is never closed', () => {
    const parsed = table('Name,Notes\nÅsa,ok\nBo,"never closed\nCy,x\n');
    expect(parsed.problems).toEqual([{ row: 3, reason: 'a quoted cell is never closed (a missing ")' }]);
  });

  it('refuses an empty file', () => {
    expect(parseCsv('')).toEqual({ ok: false, error: 'The file is empty: there is no header row.' });
    expect(parseCsv('\uFEFF\r\n')).toEqual({ ok: false, error: 'The file is empty: there is no header row.' });
  });

  it('points a JSON file (a backup, say) away from the CSV import', () => {
    expect(parseCsv('{"format":"pipewell-backup","version":1}')).toEqual({
      ok: false,
      error: 'This is a JSON file, not CSV. A Pipewell backup is restored with “Restore backup”, not imported.',
    });
    expect(table('[Name]\n[x]\n').headers).toEqual(['[Name]']);
  });

  it('takes a header-only file as a file with no rows', () => {
    expect(table('Name,Email\r\n')).toEqual({ headers: ['Name', 'Email'], rows: [], problems: [] });
  });

  it('reads a 10 MB cell (the import refuses it later, with a reason)', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const parsed = table(`Name,Notes\nÅsa,${big}\n`);
    expect(parsed.rows[0]?.[1]?.length).toBe(big.length);
  });
});

describe('parseCsvChunked', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('', 'a,b', 'x;y', '"q"', 'l1\r\nl2', 'Åsa', '\r'));

  it('reads any file exactly as parseCsv does, across chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        async (rows, rowsPerChunk) => {
          const text = Papa.unparse({ fields: ['a', 'b', 'c'], data: rows }, { newline: '\r\n' });
          const chunked = await parseCsvChunked(text, { rowsPerChunk });
          expect(chunked).toEqual(parseCsv(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('yields between chunks and reports progress in characters up to the whole text', async () => {
    const text = 'Name\n' + Array.from({ length: 50 }, (_, i) => `row ${i}`).join('\n');
    const progress: number[] = [];
    let yielded = false;
    // A task queued before the parse runs before it ends: the parse handed the event loop back.
    setImmediate(() => (yielded = true));
    const result = await parseCsvChunked(text, { rowsPerChunk: 10, onProgress: (p) => progress.push(p.done / p.total) });
    expect(result.ok && result.data.rows.length).toBe(50);
    expect(yielded).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('reads the bytes of a File-like source', async () => {
    const bytes = new TextEncoder().encode('\uFEFFNamn,Ort\nÅsa,Göteborg\n');
    const result = await parseCsvChunked({ arrayBuffer: async () => bytes.buffer as ArrayBuffer });
    expect(result).toEqual({ ok: true, data: { headers: ['Namn', 'Ort'], rows: [['Åsa', 'Göteborg']], problems: [] } });
  });
});
