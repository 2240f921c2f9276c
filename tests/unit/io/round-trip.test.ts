import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lead } from '../../../lib/model';
import { autoMapColumns, exportCsv, parseCsv, PIPEWELL_HEADERS, planImport, type ColumnSetId, type TextInput } from '../../../lib/io';
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
  }, 60_000);
});

describe('full Pipewell set into a database that holds the leads already', () => {
  const table = () => {
    const parsed = parseCsv(exportCsv(awkwardLeads(), 'pipewell'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.data;
  };

  it('merges each lead into the stored one it is, by identity, else by its id', async () => {
    const leads = awkwardLeads();
    const known = leads.filter((lead) => lead.id !== 'a5');
    const identities = new Map(known.flatMap((lead) => lead.identities.map((key) => [key, `stored-${lead.id}`] as const)));
    const planned = await planImport(table(), { mode: 'pipewell' }, { identities }, planOptions({ leadExists: (id) => id === 'a5' }));
    expect(planned.ok && planned.data.newLeads).toEqual([]);
    expect(planned.ok && planned.data.merges.map((m) => m.leadId)).toEqual(['stored-a1', 'stored-a2', 'stored-a3', 'stored-a4', 'a5']);
    expect(planned.ok && planned.data.merges[0]?.fields).toMatchObject({ name: 'Åsa Öberg', dealValue: 125000.5, tags: ['hot', 'nordics; q3'] });
  });

  it('refuses a second row with the same lead id', async () => {
    const parsed = table();
    parsed.rows.push([...parsed.rows[4]!]);
    // Another person with the same id "a5".
    parsed.rows[5]![PIPEWELL_HEADERS.indexOf('email')] = 'other@example.fr';
    parsed.rows[5]![PIPEWELL_HEADERS.indexOf('identities')] = '["email:other@example.fr"]';
    const planned = await planImport(parsed, { mode: 'pipewell' }, { identities: new Map() }, planOptions());
    expect(planned.ok && planned.data.rejected).toEqual([{ row: 7, reason: 'lead id “a5” is already on row 6' }]);
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
