import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCORING_MODEL, DEFAULT_SETTINGS, type Activity } from '../../../lib/model';
import { BACKUP_VERSION, exportBackup, migrateBackup, parseBackup, type BackupData } from '../../../lib/io';
import { awkwardLeads, NOW } from './lead-fixtures';
import { distinctLeads } from './lead-arbitrary';

const activities: Activity[] = [
  { id: 'act-1', leadId: 'a1', type: 'captured', at: NOW - 1000, summary: 'Captured on LinkedIn', dedupeKey: 'cap:a1' },
  { id: 'act-2', leadId: 'a1', type: 'stage_changed', at: NOW, summary: '', data: { from: 'new', to: 'contacted', auto: false, n: null } },
];

function db(overrides: Partial<BackupData> = {}): BackupData {
  return {
    leads: awkwardLeads(),
    activities,
    snapshots: [{ day: '2025-05-11', at: NOW - 86_400_000, metrics: { openDeals: { value: 4 } } }],
    settings: DEFAULT_SETTINGS,
    scoringModel: DEFAULT_SCORING_MODEL,
    ...overrides,
  };
}

describe('exportBackup / parseBackup', () => {
  it('round-trips everything, with the header fields first', () => {
    const text = exportBackup(db(), NOW);
    expect(text.startsWith('{"format":"pipewell-backup","version":1,"exportedAt":"2025-05-12T09:30:00.000Z",')).toBe(true);
    expect(parseBackup(text)).toEqual({
      ok: true,
      data: { format: 'pipewell-backup', version: 1, exportedAt: '2025-05-12T09:30:00.000Z', ...db() },
    });
  });

  it('round-trips any leads', () => {
    fc.assert(
      fc.property(distinctLeads, (leads) => {
        const parsed = parseBackup(exportBackup(db({ leads }), NOW));
        expect(parsed.ok && parsed.data.leads).toEqual(leads);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a U+FFFD that is really in a note, and refuses one that is decoding damage', () => {
    const leads = [{ ...awkwardLeads()[0]!, notes: 'broken \uFFFD char' }];
    const text = exportBackup(db({ leads }), NOW);
    expect(text).not.toContain('\uFFFD');
    expect(parseBackup(text)).toMatchObject({ ok: true, data: { leads } });
    expect(parseBackup(text.replace('Öberg', 'Öb\uFFFDrg'))).toMatchObject({ ok: false, error: expect.stringMatching(/^This file is not UTF-8 text/) });
  });

  it('checks the scoring model against its schema', () => {
    const broken = { ...DEFAULT_SCORING_MODEL, weights: { fit: 0, engagement: 0, qualification: 0 } };
    expect(parseBackup(exportBackup(db({ scoringModel: broken }), NOW))).toEqual({
      ok: false,
      error: 'This backup is damaged: scoringModel.weights: At least one weight must be above 0.',
    });
  });

  it('accepts a backup without a scoring model (the default one is kept)', () => {
    const parsed = parseBackup(exportBackup(db({ scoringModel: undefined }), NOW));
    expect(parsed.ok && parsed.data.scoringModel).toBeUndefined();
  });
});

describe('parseBackup errors', () => {
  const valid = JSON.parse(exportBackup(db(), NOW)) as Record<string, unknown>;
  const withLead = (i: number, patch: Record<string, unknown>) => {
    const leads = (valid.leads as Record<string, unknown>[]).map((lead, j) => (j === i ? { ...lead, ...patch } : lead));
    return JSON.stringify({ ...valid, leads });
  };

  it.each([
    ['not JSON', 'Name,Email\nÅsa,a@b.se', /^This file is not a Pipewell backup: it is not valid JSON/],
    ['JSON of another kind', '{"name":"my-package","version":"1.0.0"}', 'This JSON file is not a Pipewell backup: it has no "format": "pipewell-backup".'],
    ['a JSON array', '[1,2,3]', 'This JSON file is not a Pipewell backup: it has no "format": "pipewell-backup".'],
    ['another format name', '{"format":"hubspot-export","version":1}', 'This JSON file is not a Pipewell backup: its format is “hubspot-export”.'],
    ['a future version', JSON.stringify({ ...valid, version: 7 }), `This backup was made by a newer Pipewell (backup version 7; this one reads up to ${BACKUP_VERSION}). Update Pipewell and try again.`],
    ['no version', JSON.stringify({ ...valid, version: undefined }), 'This backup has no valid version number.'],
    ['an invalid lead, with its path', withLead(2, { currency: 'kronor' }), /^This backup is damaged: leads\[2\]\.currency: /],
    ['an invalid nested field', withLead(0, { bant: { budget: { answer: 'maybe' } } }), /^This backup is damaged: leads\[0\]\.bant\.budget\.answer: /],
    ['invalid settings', JSON.stringify({ ...valid, settings: { ...DEFAULT_SETTINGS, stages: [] } }), /^This backup is damaged: settings\.stages: /],
    ['a lead id twice', withLead(1, { id: 'a1' }), 'This backup is damaged: leads[1].id: “a1” appears twice.'],
    ['UTF-16 text', '\uFFFD\uFFFD{\u0000"\u0000', /^This file is not UTF-8 text/],
  ])('%s', (_, text, error) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual(typeof error === 'string' ? error : expect.stringMatching(error));
  });
});

describe('migrateBackup', () => {
  // The shape Pipewell wrote before version 1: deal nested, no snapshots, exportedAt in ms.
  const v0 = () => {
    const current = JSON.parse(exportBackup(db(), NOW)) as Record<string, unknown>;
    const leads = (current.leads as Record<string, unknown>[]).map(({ dealValue, currency, ...lead }) => ({
      ...lead,
      deal: { value: dealValue, currency },
    }));
    return { format: 'pipewell-backup', version: 0, exportedAt: NOW, leads, activities: current.activities, settings: current.settings };
  };

  it('brings a v0 backup to the current version', () => {
    const parsed = parseBackup(JSON.stringify(v0()));
    expect(parsed).toEqual({
      ok: true,
      data: { format: 'pipewell-backup', version: 1, exportedAt: '2025-05-12T09:30:00.000Z', ...db({ snapshots: [], scoringModel: undefined }) },
    });
  });

  it('unnests the deal of each lead, keeping a lead without a value valueless', () => {
    const migrated = migrateBackup(v0());
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const leads = migrated.data.leads as Record<string, unknown>[];
    expect(leads[0]).toMatchObject({ dealValue: 125000.5, currency: 'SEK' });
    expect(leads[0]).not.toHaveProperty('deal');
    expect(leads[2]?.dealValue).toBeUndefined();
    expect(migrated.data.snapshots).toEqual([]);
  });

  it('leaves a current backup alone', () => {
    const current = JSON.parse(exportBackup(db(), NOW)) as Record<string, unknown>;
    expect(migrateBackup(current)).toEqual({ ok: true, data: current });
  });
});
