import { describe, expect, it } from 'vitest';
import { autoMapColumns, parseCsv, planImport, type ColumnMapping, type CsvTable, type ExistingLeads, type ImportPlan, type PlanOptions } from '../../../lib/io';
import { NOW, planOptions } from './lead-fixtures';

function table(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

async function plan(text: string, existing: ExistingLeads = { identities: new Map() }, options: Partial<PlanOptions> = {}, mapping?: ColumnMapping): Promise<ImportPlan> {
  const parsed = table(text);
  const result = await planImport(parsed, mapping ?? autoMapColumns(parsed.headers), existing, planOptions(options));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe('planImport: new leads', () => {
  it('builds leads from a Swedish file, combining first and last name', async () => {
    const result = await plan('Förnamn;Efternamn;E-post;Företag;Befattning;Ort;Värde;Valuta;Steg;Anteckningar\nÅsa;Öberg;Asa@Exempel.SE;Öberg AB;VD;Göteborg;12 500,50;sek;Offert;"Ring, sen"\n');
    expect(result.rejected).toEqual([]);
    expect(result.newLeads).toHaveLength(1);
    expect(result.newLeads[0]).toMatchObject({
      id: 'new-1', name: 'Åsa Öberg', email: 'asa@exempel.se', company: 'Öberg AB', title: 'VD', location: 'Göteborg',
      dealValue: 12500.5, currency: 'SEK', notes: 'Ring, sen', source: 'import', stageId: 'new', status: 'open',
      identities: ['email:asa@exempel.se'], createdAt: NOW, stageHistory: [{ stageId: 'new', at: NOW }],
    });
    expect(result.warnings).toEqual([{ row: 2, reason: 'unknown stage “Offert”; the lead goes to the first stage' }]);
  });

  it('maps CRM stage values and statuses back to the user’s stages', async () => {
    const result = await plan('Name,Lead Status,Deal - Status\nA,Working - Contacted,\nB,Closed - Converted,\nC,,lost\nD,Proposal,\nE,opportunity,\n');
    expect(result.newLeads.map((l) => [l.stageId, l.status, l.closedAt])).toEqual([
      ['contacted', 'open', undefined], ['won', 'won', NOW], ['lost', 'lost', NOW], ['proposal', 'open', undefined], ['proposal', 'open', undefined],
    ]);
  });

  it('weighs several stage columns: won or lost beats how far a lead got (HubSpot)', async () => {
    const result = await plan('Name,Lifecycle Stage,Lead Status\nA,salesqualifiedlead,UNQUALIFIED\nB,opportunity,OPEN_DEAL\nC,customer,\nD,mystery,\n');
    expect(result.newLeads.map((l) => [l.stageId, l.status])).toEqual([['lost', 'lost'], ['proposal', 'open'], ['won', 'won'], ['new', 'open']]);
    expect(result.warnings).toEqual([{ row: 5, reason: 'unknown stage “mystery”; the lead goes to the first stage' }]);
  });

  it('reads deal values as people type them', async () => {
    const result = await plan('Name,Value\nA,"12,500.50"\nB,1.234.567\nC,€ 1 200\nD,"1,5"\nE,1500 kr\n');
    expect(result.newLeads.map((l) => l.dealValue)).toEqual([12500.5, 1234567, 1200, 1.5, 1500]);
  });

  it('splits tags and drops a LinkedIn address that is not a profile, with a warning', async () => {
    const result = await plan('Name,Tags,LinkedIn\nA,"hot; nordics, q3",https://www.linkedin.com/company/acme\nB,,https://example.com/x\n');
    expect(result.newLeads[0]).toMatchObject({ tags: ['hot', 'nordics', 'q3'], companyLinkedinUrl: 'https://www.linkedin.com/company/acme/' });
    expect(result.newLeads[1]?.linkedinUrl).toBeUndefined();
    expect(result.warnings).toEqual([{ row: 3, reason: '“https://example.com/x” is not a LinkedIn profile address; it was left out' }]);
  });
});

describe('planImport: rejected rows, each with its reason', () => {
  it.each([
    ['no name', 'Name,Email\n,\u0020x@y.se\n', 'no name: fill in the name, or the first and last name'],
    ['an invalid email', 'Name,Email\nÅsa,not-an-email\n', 'invalid email “not-an-email” in column “Email”'],
    ['an invalid number', 'Name,Värde\nÅsa,tolv\n', 'invalid number “tolv” in column “Värde”'],
    ['a negative value', 'Name,Value\nÅsa,-5\n', 'negative deal value “-5” in column “Value”'],
    ['an invalid currency', 'Name,Currency\nÅsa,kronor\n', 'invalid currency (use a three-letter code such as SEK or EUR) “kronor” in column “Currency”'],
    ['a ragged row', 'Name,Email\nÅsa,a@b.se,extra\n', 'ragged row: it has 3 cells, the header row has 2'],
    ['an unclosed quote', 'Name,Email\nÅsa,"a@b.se\n', 'a quoted cell is never closed (a missing ")'],
    ['a cell over 10,000 characters', `Name,Notes\nÅsa,${'x'.repeat(10_001)}\n`, 'the cell in column “Notes” has 10,001 characters; the limit is 10,000'],
    ['a 10 MB cell', `Name,Notes\nÅsa,${'x'.repeat(10 * 1024 * 1024)}\n`, 'the cell in column “Notes” has 10,485,760 characters; the limit is 10,000'],
    ['a field over its limit', `Name,Title\nÅsa,${'t'.repeat(201)}\n`, 'column “Title”: Too big: expected string to have <=200 characters'],
  ])('%s', async (_, text, reason) => {
    const result = await plan(text);
    expect(result.rejected).toEqual([{ row: 2, reason }]);
    expect(result.newLeads).toEqual([]);
  });

  it('keeps the good rows around a bad one, with 1-based row numbers (header = 1)', async () => {
    const result = await plan('Name,Email\nA,a@x.se\nB,bad\nC,c@x.se\n');
    expect(result.newLeads.map((l) => l.name)).toEqual(['A', 'C']);
    expect(result.rejected.map((r) => r.row)).toEqual([3]);
  });
});

describe('planImport: identity', () => {
  it('merges rows of known people (lower-cased email, else LinkedIn URL) instead of creating them', async () => {
    const existing = new Map([['email:asa@exempel.se', 'lead-asa'], ['linkedin:https://www.linkedin.com/in/bo/', 'lead-bo']]);
    const result = await plan(
      'Name,Email,LinkedIn,Title\nÅsa Ö,ASA@exempel.se,,CEO\nBo,,http://linkedin.com/in/Bo?trk=x,CTO\nNy,ny@x.se,,\n',
      { identities: existing },
    );
    expect(result.merges).toEqual([
      { leadId: 'lead-asa', fields: { name: 'Åsa Ö', email: 'asa@exempel.se', title: 'CEO' } },
      { leadId: 'lead-bo', fields: { name: 'Bo', linkedinUrl: 'https://www.linkedin.com/in/bo/', title: 'CTO' } },
    ]);
    expect(result.newLeads.map((l) => l.name)).toEqual(['Ny']);
  });

  it('accepts a lookup function, and merges a row without a name into a known lead', async () => {
    const result = await plan('Name,Email,Phone\n,asa@exempel.se,+46 70 1\n', (key) => (key === 'email:asa@exempel.se' ? 'lead-asa' : undefined));
    expect(result.merges).toEqual([{ leadId: 'lead-asa', fields: { email: 'asa@exempel.se', phone: '+46 70 1' } }]);
    expect(result.rejected).toEqual([]);
  });

  it('makes one lead of two rows of the same person: the first row wins, the second fills gaps', async () => {
    const result = await plan(
      'Name,Email,LinkedIn,Title,Phone,Tags\nÅsa,asa@x.se,,VD,,a\nÅsa Öberg,ASA@x.se,https://www.linkedin.com/in/asa/,CEO,+46 1,b\nÅ. Öberg,,linkedin.com/in/asa,,,c\nOther Åsa,,,,,\n',
    );
    // Row 4 shares only the LinkedIn URL that row 3 brought in; row 5 shares nothing.
    expect(result.newLeads.map((l) => l.name)).toEqual(['Åsa', 'Other Åsa']);
    expect(result.newLeads[0]).toMatchObject({
      name: 'Åsa', title: 'VD', phone: '+46 1', tags: ['a', 'b', 'c'],
      identities: ['email:asa@x.se', 'linkedin:https://www.linkedin.com/in/asa/'],
    });
  });

  it('decides by email before LinkedIn when they point at different leads', async () => {
    const existing = new Map([['email:a@x.se', 'by-email'], ['linkedin:https://www.linkedin.com/in/a/', 'by-linkedin']]);
    const result = await plan('Name,Email,LinkedIn\nA,a@x.se,https://www.linkedin.com/in/a/\n', { identities: existing });
    expect(result.merges.map((m) => m.leadId)).toEqual(['by-email']);
  });

  it('merges repeated rows of one known lead into one merge', async () => {
    const result = await plan('Name,Email,Title,City\nA,a@x.se,CEO,\nA,a@x.se,,Umeå\n', { identities: new Map([['email:a@x.se', 'L']]) });
    expect(result.merges).toEqual([{ leadId: 'L', fields: { name: 'A', email: 'a@x.se', title: 'CEO', location: 'Umeå' } }]);
  });
});

describe('planImport: whole-file errors', () => {
  const run = (text: string, mapping?: ColumnMapping, options: Partial<PlanOptions> = {}) => {
    const parsed = table(text);
    return planImport(parsed, mapping ?? autoMapColumns(parsed.headers), { identities: new Map() }, planOptions(options));
  };

  it('needs a name column', async () => {
    expect(await run('Email,Phone\na@b.se,1\n')).toEqual({ ok: false, error: 'Choose the column that holds the name (or the first and last name columns).' });
  });

  it('refuses the Pipewell mode for a file that is not a full Pipewell export', async () => {
    expect(await run('Name\nÅsa\n', { mode: 'pipewell' })).toMatchObject({ ok: false, error: expect.stringMatching(/not a full Pipewell export/) });
  });

  it('refuses a mapping with the wrong number of columns', async () => {
    expect(await run('Name,Email\nÅsa,a@b.se\n', { mode: 'columns', targets: ['name'] })).toMatchObject({ ok: false });
  });

  it('refuses a default stage that is not in the pipeline', async () => {
    expect(await run('Name\nÅsa\n', undefined, { defaultStageId: 'nope' })).toMatchObject({ ok: false, error: expect.stringMatching(/No stage/) });
  });
});
