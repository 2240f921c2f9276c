import Papa from 'papaparse';
import { decodeText, type TextInput } from './text-encoding';
import { fail, ok, type Result } from './result';
import { isSliceSpent, type OnProgress, yieldToEventLoop } from './progress';

/** A CSV file as rows of text cells; the header row is not among `rows`. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** Rows that did not read cleanly; `row` counts records from 1 = the header row. */
  problems: RowProblem[];
}

export interface RowProblem {
  row: number;
  reason: string;
}

/** A `File` or `Blob`, or anything else that can hand over its bytes. */
export interface BytesSource {
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ChunkOptions {
  onProgress?: OnProgress;
  /** Most records parsed between two yields to the event loop. */
  rowsPerChunk?: number;
  /** Most milliseconds between two yields: a long task keeps the page from answering input. */
  sliceMs?: number;
}

const BASE_CONFIG = { header: false, skipEmptyLines: 'greedy', dynamicTyping: false } as const;

/*
 * The delimiter is read off the header row: a Swedish Excel writes semicolons (the comma is the
 * decimal mark there), a US one commas. papaparse's own guess samples data rows too, where text
 * cells full of semicolons can outvote the commas.
 */
function guessDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t', '|']) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** Parses CSV text (or UTF-8 bytes) in one go. Errors are values: wrong encoding, empty file. */
export function parseCsv(input: TextInput): Result<CsvTable> {
  const text = decodeCsvText(input);
  if (!text.ok) return text;
  const table = createTableBuilder();
  const config = { ...BASE_CONFIG, delimiter: guessDelimiter(text.data) };
  Papa.parse<string[]>(text.data, { ...config, step: (step) => table.add(step.data, step.errors) });
  return table.finish();
}

/**
 * Parses like `parseCsv` but hands the event loop back every `rowsPerChunk` records or
 * `sliceMs` milliseconds, reporting progress in characters, so a 50,000-row file does not
 * freeze the page that reads it.
 */
export async function parseCsvChunked(input: TextInput | BytesSource, options: ChunkOptions = {}): Promise<Result<CsvTable>> {
  const raw = typeof input === 'string' || input instanceof ArrayBuffer || input instanceof Uint8Array ? input : await input.arrayBuffer();
  const text = decodeCsvText(raw);
  if (!text.ok) return text;
  const total = text.data.length;
  const rowsPerChunk = Math.max(1, options.rowsPerChunk ?? 5000);
  const sliceMs = options.sliceMs ?? 8;
  const table = createTableBuilder();
  await new Promise<void>((resolve) => {
    let count = 0;
    let sliceStart = performance.now();
    // papaparse reports the cursor from where it last resumed, so the offset is kept here.
    let offset = 0;
    Papa.parse<string[]>(text.data, {
      ...BASE_CONFIG,
      delimiter: guessDelimiter(text.data),
      step: (step, parser) => {
        table.add(step.data, step.errors);
        // The clock is read every 64 records: often enough for the budget, rarely enough to cost nothing.
        if (++count % rowsPerChunk !== 0 && (count % 64 !== 0 || !isSliceSpent(sliceStart, sliceMs))) return;
        parser.pause();
        offset += step.meta.cursor;
        void yieldToEventLoop().then(() => {
          options.onProgress?.({ done: offset, total });
          sliceStart = performance.now();
          parser.resume();
        });
      },
      complete: () => resolve(),
    });
  });
  options.onProgress?.({ done: total, total });
  return table.finish();
}

/** UTF-8 text that is not JSON: a backup picked in the CSV import gets pointed to the restore. */
function decodeCsvText(input: TextInput): Result<string> {
  const text = decodeText(input);
  if (!text.ok || !/^\s*[[{]/.test(text.data)) return text;
  try {
    JSON.parse(text.data);
  } catch {
    return text;
  }
  return fail('This is a JSON file, not CSV. A Pipewell backup is restored with “Restore backup”, not imported.');
}

function createTableBuilder() {
  let headers: string[] | undefined;
  const rows: string[][] = [];
  const problems: RowProblem[] = [];
  return {
    add(cells: string[], errors: Papa.ParseError[]) {
      if (!headers) {
        headers = cells.map((cell) => cell.trim());
        return;
      }
      rows.push(cells);
      const row = rows.length + 1;
      const error = errors[0];
      if (error) problems.push({ row, reason: describeParseError(error) });
      else if (cells.length !== headers.length) {
        problems.push({ row, reason: `ragged row: it has ${cells.length} cells, the header row has ${headers.length}` });
      }
    },
    finish(): Result<CsvTable> {
      if (!headers || headers.every((h) => h === '')) return fail('The file is empty: there is no header row.');
      return ok({ headers, rows, problems });
    },
  };
}

function describeParseError(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted cell is never closed (a missing ")';
  if (error.code === 'InvalidQuotes') return 'a quote in the middle of a cell that is not quoted';
  return error.message;
}
