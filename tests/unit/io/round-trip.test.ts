import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lead } from '../../../lib/model';
import { autoMapColumns, exportCsv, parseCsv, planImport, type ColumnSetId, type TextInput } from '../../../lib/io';
import { awkwardLeads, makeLead, planOptions } from './lead-fixtures';
import { distinctLeads } from './lead-arbitrary';

async function reimport(input: TextInput) {
  const parsed = parseCsv(input);
  if (!parsed.ok) throw new Error(parsed.error);
  const planned = await planImport(parsed.data, autoMapColumns(parsed.data.headers), { identities: new Map() }, planOptions());
  if (!planned.ok) throw new Error(planned.error);
  return planned.data;
}

describe('full Pipewell set: export → parse → plan import', () => {
  it('gives back the same leads, field for field (non-ASCII, commas, quotes, newlines, formula-like text)', async () => {
    const leads = awkwardLeads();
    const plan = await reimport(exportCsv(leads, 'pipewell'));
    expect(plan.rejected).toEqual([]);
    expect(plan.merges).toEqual([]);
    expect(plan.newLeads).toEqual(leads);
  });

  it('is recognised by its header row, so the guard apostrophes come off', () => {
    const csv = exportCsv(awkwardLeads(), 'pipewell');
    expect(csv).toContain("'=HYPERLINK"); // guarded in the file
    expect(csv).toContain("''already quoted"); // an apostrophe the user typed, marked as well
  });

  it('gives back any leads, through the bytes a File would hand over', async () => {
    await fc.assert(
      fc.asyncProperty(distinctLeads, async (leads: Lead[]) => {
        const bytes = new TextEncoder().encode(exportCsv(leads, 'pipewell'));
        const plan = await reimport(bytes);
        expect(plan.rejected).toEqual([]);
        expect(plan.newLeads).toEqual(leads);
      }),
      { numRuns: 150 },
    );
  });
});

describe('CRM sets import back into Pipewell', () => {
  const leads = awkwardLeads();

  it.each<ColumnSetId>(['hubspot', 'pipedrive', 'salesforce'])('%s: people, contact fields and pipeline position survive', async (set) => {
    const plan = await reimport(exportCsv(leads, set));
    expect(plan.rejected).toEqual([]);
    expect(plan.newLeads.map((l) => [l.name, l.email, l.company])).toEqual(
      leads.map((l) => [l.name, l.email?.toLowerCase(), l.company]),
    );
    // Closed deals come back closed in every vocabulary.
    expect(plan.newLeads.map((l) => l.status)).toEqual(['open', 'open', 'open', 'lost', 'won']);
  });

  it('Pipedrive keeps the exact stage, value, currency and notes', async () => {
    const plan = await reimport(exportCsv(leads, 'pipedrive'));
    expect(plan.newLeads.map((l) => [l.stageId, l.dealValue, l.currency, l.notes])).toEqual(
      leads.map((l) => [l.stageId, l.dealValue, l.currency, l.notes]),
    );
  });

  it('formula guards of CRM sets stay in the text (they cannot be told from typed apostrophes)', async () => {
    const plan = await reimport(exportCsv([makeLead({ title: '=SUM(A1)' })], 'hubspot'));
    expect(plan.newLeads[0]?.title).toBe("'=SUM(A1)");
  });
});
