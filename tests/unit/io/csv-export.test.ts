import { describe, expect, it } from 'vitest';
import { BANT_KEYS, DEFAULT_STAGES, Lead, type Stage } from '../../../lib/model';
import { COLUMN_SETS, exportCsv, parseCsv, PIPEWELL_HEADERS, type ColumnSetId } from '../../../lib/io';
import { awkwardLeads, makeLead, NOW } from './lead-fixtures';

function rowsOf(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return [parsed.data.headers, ...parsed.data.rows];
}

describe('exportCsv column sets', () => {
  // The header rows the CRMs' import documentation names (see the comment atop each column set).
  it.each<[ColumnSetId, string[]]>([
    ['hubspot', ['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'Industry', 'Website URL', 'City', 'Street Address', 'LinkedIn URL', 'Lifecycle Stage', 'Lead Status']],
    ['pipedrive', ['Person - Name', 'Person - Email', 'Person - Phone', 'Person - Job title', 'Organization - Name', 'Organization - Address', 'Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Stage', 'Deal - Status', 'Deal - Lost reason', 'Note - Content']],
    ['salesforce', ['First Name', 'Last Name', 'Company', 'Title', 'Email', 'Phone', 'Website', 'Industry', 'City', 'Street', 'Lead Source', 'Lead Status', 'Rating', 'Description']],
  ])('%s has its template’s header row', (set, headers) => {
    const csv = exportCsv([], set);
    expect(csv).toBe(`\uFEFF${headers.join(',')}\r\n`);
  });

  it('the Pipewell set has a column for every field of the Lead schema, and no other', () => {
    const expected = Object.keys(Lead.shape).flatMap((key) =>
      key === 'bant' ? BANT_KEYS.flatMap((part) => [`bant.${part}.answer`, `bant.${part}.note`]) : [key],
    );
    expect([...PIPEWELL_HEADERS].sort()).toEqual(expected.sort());
  });

  it('writes a byte-order mark, CRLF rows and quotes where needed', () => {
    const csv = exportCsv(awkwardLeads(), 'pipedrive');
    expect(csv.startsWith('\uFEFFPerson - Name,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 5 + 1 + 1); // header, rows, the newline inside a note, trailing
    expect(csv).toContain('"Met at ""Nordic SaaS"", Malmö.\r\nWants a demo, then:\n- pricing\n- SSO"');
    expect(csv).toContain('Öberg & Söner AB');
  });

  it('guards formula-like text in CRM sets but writes numbers bare', () => {
    const rows = rowsOf(exportCsv(awkwardLeads(), 'pipedrive'));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows[1]![col('Deal - Value')]).toBe('125000.5');
    expect(rows[3]![col('Person - Job title')]).toBe("'@channel lead");
    expect(rows[2]![col('Person - Phone')]).toBe('+49 30 1234567');
    expect(rows[5]![col('Organization - Address')]).toBe("'\tTab street 1");
    expect(rows[5]![col('Deal - Value')]).toBe('0');
  });

  it('splits names for HubSpot and Salesforce; a one-word name is all last name', () => {
    const rows = rowsOf(exportCsv(awkwardLeads(), 'salesforce'));
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Åsa', 'Öberg'],
      ['Jürgen', 'Müller-Lüdenscheidt'],
      ['', '李雷'],
      ['Ola', 'Nordmann'],
      ['Chloé', 'Dubois'],
    ]);
  });

  it('fills Salesforce’s required Company with its placeholder when unknown', () => {
    const rows = rowsOf(exportCsv([makeLead({ name: 'No Company' })], 'salesforce'));
    expect(rows[1]![2]).toBe('[not provided]');
  });
});

describe('stage vocabularies, from the user’s stage list', () => {
  const leadIn = (stageId: string, status: 'open' | 'won' | 'lost' | 'archived' = 'open', history = [stageId]) =>
    makeLead({ stageId, status, stageHistory: history.map((id, i) => ({ stageId: id, at: NOW + i })) });

  const cases: [string, ReturnType<typeof leadIn>, string, string, string, string][] = [
    // stage, lead, HubSpot lifecycle, HubSpot lead status, Salesforce status, Pipedrive status
    ['new', leadIn('new'), 'lead', 'NEW', 'Open - Not Contacted', 'open'],
    ['contacted', leadIn('contacted'), 'marketingqualifiedlead', 'IN_PROGRESS', 'Working - Contacted', 'open'],
    ['qualified', leadIn('qualified'), 'salesqualifiedlead', 'IN_PROGRESS', 'Working - Contacted', 'open'],
    ['proposal', leadIn('proposal'), 'opportunity', 'OPEN_DEAL', 'Working - Contacted', 'open'],
    ['negotiation', leadIn('negotiation'), 'opportunity', 'OPEN_DEAL', 'Working - Contacted', 'open'],
    ['won', leadIn('won', 'won', ['new', 'won']), 'customer', '', 'Closed - Converted', 'won'],
    ['lost after qualifying', leadIn('lost', 'lost', ['new', 'qualified', 'lost']), 'salesqualifiedlead', 'UNQUALIFIED', 'Closed - Not Converted', 'lost'],
    ['archived while new', leadIn('new', 'archived'), 'lead', 'UNQUALIFIED', 'Closed - Not Converted', 'lost'],
  ];

  it.each(cases)('%s', (_, lead, lifecycle, hubspotStatus, salesforceStatus, pipedriveStatus) => {
    const [hubspot] = rowsOf(exportCsv([lead], 'hubspot')).slice(1);
    const [salesforce] = rowsOf(exportCsv([lead], 'salesforce')).slice(1);
    const [pipedrive] = rowsOf(exportCsv([lead], 'pipedrive')).slice(1);
    expect(hubspot?.slice(-2)).toEqual([lifecycle, hubspotStatus]);
    expect(salesforce?.[11]).toBe(salesforceStatus);
    expect(pipedrive?.[10]).toBe(pipedriveStatus);
  });

  it('follows a custom pipeline: two open stages, named in Swedish', () => {
    const stages: Stage[] = [
      { id: 'ny', name: 'Ny', kind: 'open', probability: 0.1, idleDays: 7 },
      { id: 'offert', name: 'Offert', kind: 'open', probability: 0.5, idleDays: 14 },
      { id: 'vunnen', name: 'Vunnen', kind: 'won', probability: 1, idleDays: 3650 },
      { id: 'forlorad', name: 'Förlorad', kind: 'lost', probability: 0, idleDays: 3650 },
    ];
    const rows = rowsOf(exportCsv([leadIn('offert'), leadIn('vunnen')], 'pipedrive', { stages }));
    expect(rows.slice(1).map((r) => [r[9], r[10]])).toEqual([['Offert', 'open'], ['Vunnen', 'won']]);
    const hubspot = rowsOf(exportCsv([leadIn('offert')], 'hubspot', { stages }));
    expect(hubspot[1]?.slice(-2)).toEqual(['marketingqualifiedlead', 'IN_PROGRESS']);
  });

  it('uses the default stages when none are given', () => {
    expect(exportCsv([leadIn('proposal')], 'pipedrive')).toBe(exportCsv([leadIn('proposal')], 'pipedrive', { stages: DEFAULT_STAGES }));
  });
});

describe('column set registry', () => {
  it.each(Object.values(COLUMN_SETS))('$id has unique headers and a label', (set) => {
    const headers = set.columns.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(set.label).not.toBe('');
  });
});
