import { describe, expect, it } from 'vitest';
import { autoMapColumns, exportCsv, parseCsvChunked, planImport } from '../../../lib/io';
import { makeLead, planOptions } from './lead-fixtures';

// No timing assertions here (timings belong in the benchmark): only that it completes in chunks.
describe('a 50,000-row import', () => {
  it('is planned in chunks, with progress reported along the way', async () => {
    const template = makeLead({ company: 'Öberg & Söner AB', title: 'VD', notes: 'Line one,\r\nline "two"' });
    const leads = Array.from({ length: 50_000 }, (_, i) => ({ ...template, id: `L${i}`, name: `Person ${i}`, email: `p${i}@example.se`, identities: [`email:p${i}@example.se`] }));
    const csv = exportCsv(leads, 'hubspot');

    const parseProgress: number[] = [];
    const parsed = await parseCsvChunked(csv, { onProgress: (p) => parseProgress.push(p.done) });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.rows).toHaveLength(50_000);
    expect(parseProgress.length).toBeGreaterThan(10);

    const existing = new Map([['email:p42@example.se', 'known-42']]);
    const planProgress: { done: number; total: number }[] = [];
    const planned = await planImport(parsed.data, autoMapColumns(parsed.data.headers), { identities: existing }, planOptions({ onProgress: (p) => planProgress.push(p) }));
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.data.newLeads).toHaveLength(49_999);
    expect(planned.data.merges).toEqual([{ leadId: 'known-42', fields: expect.objectContaining({ email: 'p42@example.se' }) }]);
    expect(planned.data.rejected).toEqual([]);
    expect(planProgress.length).toBe(100);
    expect(planProgress.at(-1)).toEqual({ done: 50_000, total: 50_000 });
  }, 120_000); // Not a timing assertion: room for a loaded CI machine, far beyond the usual seconds.
});
