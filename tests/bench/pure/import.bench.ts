import { bench, describe } from 'vitest';
import { z } from 'zod';
import { autoMapColumns, parseCsv, planImport } from '../../../lib/io';
import { DEFAULT_STAGES } from '../../../lib/model';
import { NOW } from './leads';

// The extension's pages and worker cannot compile code at run time (MV3's CSP), so zod runs
// without its JIT there; the bench does the same to weigh the planner as it runs in the worker.
z.config({ jitless: true });

/** The io suite's file (tests/bench/suites/io.mjs): Swedish headers, quotes, commas, non-ASCII. */
function csv(count: number): string {
  const lines = ['Förnamn,Efternamn,E-post,Företag,Titel,Telefon,Ort,Anteckningar'];
  for (let i = 0; i < count; i += 1) {
    lines.push(`Åsa${i},Öberg,asa${i}@exempel${i % 997}.se,"Öberg & Söner ${i % 997}, AB",VD,+46 31 ${i},Göteborg,"Träffades på ""Fika"", Malmö"`);
  }
  return lines.join('\r\n');
}

describe('CSV import, parse and plan (pure, one core, zod without JIT)', () => {
  for (const count of [10_000, 50_000]) {
    const text = csv(count);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const mapping = autoMapColumns(parsed.data.headers);
    const label = `${count.toLocaleString('en')} rows`;
    bench(`parse ${label}`, () => {
      parseCsv(text);
    }, { iterations: 5, time: 0 });
    bench(`plan ${label} against an empty database`, async () => {
      let id = 0;
      await planImport(parsed.data, mapping, () => undefined, {
        now: NOW,
        newId: () => `lead-${id++}`,
        stages: DEFAULT_STAGES,
        defaultCurrency: 'SEK',
        rowsPerChunk: 1_000,
      });
    }, { iterations: 5, time: 0 });
  }
});
