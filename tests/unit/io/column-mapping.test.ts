import { describe, expect, it } from 'vitest';
import { autoMapColumns, COLUMN_SETS, PIPEWELL_HEADERS, suggestTarget, type ImportTarget } from '../../../lib/io';
import { COLUMN_ALIASES } from '../../../lib/io/column-aliases';
import { normaliseLabel } from '../../../lib/io/normalise-label';

describe('suggestTarget', () => {
  it.each<[string, ImportTarget]>([
    // Swedish
    ['Namn', 'name'], ['Förnamn', 'firstName'], ['Efternamn', 'lastName'], ['E-post', 'email'], ['e-postadress', 'email'],
    ['Företag', 'company'], ['Titel', 'title'], ['Befattning', 'title'], ['Telefon', 'phone'], ['Ort', 'location'],
    ['Stad', 'location'], ['Webbplats', 'website'], ['Anteckningar', 'notes'], ['Värde', 'dealValue'], ['Valuta', 'currency'],
    ['Steg', 'stage'], ['Taggar', 'tags'],
    // English, in the spellings exports use
    ['Full Name', 'name'], ['first_name', 'firstName'], ['EMAIL ADDRESS', 'email'], ['Job title', 'title'],
    ['Organisation', 'company'], ['LinkedIn Profile', 'linkedinUrl'], ['Deal value', 'dealValue'], ['Notes', 'notes'],
    // Unknown
    ['Favourite colour', 'ignore'], ['', 'ignore'],
  ])('%j → %s', (header, target) => {
    expect(suggestTarget(header)).toBe(target);
  });
});

describe('autoMapColumns', () => {
  it.each(['hubspot', 'pipedrive', 'salesforce'] as const)('maps every %s header back to the target it was exported from', (id) => {
    const columns = COLUMN_SETS[id].columns;
    const mapping = autoMapColumns(columns.map((c) => c.header));
    expect(mapping).toEqual({ mode: 'columns', targets: columns.map((c) => c.target) });
  });

  it('combines first and last name columns rather than wanting a name column', () => {
    expect(autoMapColumns(['Förnamn', 'Efternamn', 'E-post'])).toEqual({ mode: 'columns', targets: ['firstName', 'lastName', 'email'] });
  });

  it('gives each target to the first column that names it, except stage, which columns share', () => {
    expect(autoMapColumns(['Lifecycle Stage', 'Lead Status', 'Email', 'E-post', 'Telefon', 'Phone'])).toEqual({
      mode: 'columns',
      targets: ['stage', 'stage', 'email', 'ignore', 'phone', 'ignore'],
    });
  });

  it('recognises a full Pipewell export by its exact header row, and only that', () => {
    expect(autoMapColumns(PIPEWELL_HEADERS)).toEqual({ mode: 'pipewell' });
    expect(autoMapColumns(PIPEWELL_HEADERS.slice(1)).mode).toBe('columns');
    expect(autoMapColumns([...PIPEWELL_HEADERS, 'extra']).mode).toBe('columns');
  });

  it('never has one header mean two targets across the CRM sets and the alias table', () => {
    const meaning = new Map<string, ImportTarget>();
    const claims: [string, ImportTarget][] = [
      ...Object.values(COLUMN_SETS).flatMap((set) => set.columns.filter((c) => c.target !== 'ignore').map((c) => [c.header, c.target] as [string, ImportTarget])),
      ...Object.entries(COLUMN_ALIASES).flatMap(([target, aliases]) => aliases.map((a) => [a, target as ImportTarget] as [string, ImportTarget])),
    ];
    for (const [header, target] of claims) {
      const key = normaliseLabel(header);
      expect({ header, target: meaning.get(key) ?? target }).toEqual({ header, target });
      meaning.set(key, target);
    }
  });
});
