import { describe, expect, it } from 'vitest';
import { BUCKETS, createRepository, openPipewellDb, type Repository, timesOf } from '../../../lib/db';
import { ACTIVITY_BATCH_SIZE } from '../../../lib/db/activity-batches';
import { type Activity, createLead, type Lead, scoredPart } from '../../../lib/model';

const T0 = Date.UTC(2026, 3, 1);

function lead(i: number): Lead {
  return createLead({ id: `l${String(i).padStart(3, '0')}`, fields: { name: `Lead ${i}`, email: `l${i}@x.se` }, source: 'import', stageId: 'new', currency: 'EUR', now: T0 + i });
}

const activity = (id: string, leadId: string, at: number, extra: Partial<Activity> = {}): Activity => ({ id, leadId, type: 'captured', at, summary: '', ...extra });
const captured = (l: Lead, at = T0) => ({ lead: l, activities: [activity(`c-${l.id}`, l.id, at)] });

async function open() {
  const db = await openPipewellDb(`storage-${Math.random()}`);
  return { db, repo: createRepository(db) };
}

/** Every lead row's times are those of the lead's activities, however they were written. */
async function expectTimesInStep(repo: Repository) {
  for (const { lead: l, activityTimes } of await repo.allLeadsWithTimes()) expect(activityTimes, l.id).toEqual(timesOf(await repo.listActivities(l.id)));
}

describe('activities written in bulk', () => {
  it('are stored many to a record and read back with each lead’s rows, oldest first', async () => {
    const { db, repo } = await open();
    const leads = Array.from({ length: ACTIVITY_BATCH_SIZE + 20 }, (_, i) => lead(i));
    await repo.commitImport(leads.map((l, i) => captured(l, T0 + 10 + i)), []);
    expect(await db.count('activityBatches')).toBe(2);
    expect(await db.count('activities')).toBe(0);
    // A capture later logs a row for l001, before and after the imported activity.
    await repo.addActivities([activity('r1', 'l001', T0 + 5, { type: 'replied', dedupeKey: 'r1' }), activity('r2', 'l001', T0 + 99, { type: 'replied' })]);
    expect((await repo.listActivities('l001')).map((a) => a.id)).toEqual(['r1', 'c-l001', 'r2']);
    expect((await repo.allActivities()).length).toBe(leads.length + 2);
    await expectTimesInStep(repo);
  });

  it('are erased with their lead only, and the other leads of a batch keep theirs', async () => {
    const { db, repo } = await open();
    await repo.commitImport([0, 1, 2].map((i) => captured(lead(i))), []);
    expect(await repo.deleteLeads(['l001', 'l002'])).toBe(2);
    expect((await repo.allActivities()).map((a) => a.leadId)).toEqual(['l000']);
    expect(await repo.deleteLeads(['l000'])).toBe(1);
    expect(await db.count('activityBatches')).toBe(0);
  });

  it('go through a backup and a restore: the keyed ones as rows, the rest in batches', async () => {
    const { db, repo } = await open();
    await repo.commitImport([0, 1].map((i) => captured(lead(i))), []);
    await repo.addActivities([activity('e1', 'l000', T0 + 1, { type: 'email_received', dedupeKey: 'email:1' })]);
    const backup = await repo.exportAll();
    expect(backup.activities).toHaveLength(3);

    const other = await open();
    await other.repo.replaceAll(backup);
    expect(await other.db.count('activities')).toBe(1);
    expect(await other.db.count('activityBatches')).toBe(1);
    expect((await other.repo.listActivities('l000')).map((a) => a.id)).toEqual(['c-l000', 'e1']);
    // The restored dedupe key still refuses a repeat.
    expect(await other.repo.addActivities([activity('e2', 'l000', T0 + 2, { dedupeKey: 'email:1' })])).toEqual([]);
    await expectTimesInStep(other.repo);
    db.close();
  });

  it('land with their import whole or not at all', async () => {
    const { db, repo } = await open();
    const bad = { ...lead(2), currency: 'euro' };
    await expect(repo.commitImport([captured(lead(0)), captured(lead(1)), captured(bad)], [])).rejects.toThrow(/cannot be stored/);
    expect(await repo.countLeads()).toBe(0);
    expect(await db.count('activityBatches')).toBe(0);
  });
});

describe('activity times on lead rows', () => {
  it('stay in step with the activities through every kind of write', async () => {
    const { repo } = await open();
    await repo.putLeads([lead(0), lead(1)], [activity('p1', 'l000', T0 + 3)]);
    await repo.commitImport([captured(lead(2))], [
      { leadId: 'l000', apply: (l, history) => ({ lead: { ...l, notes: `${history.length} before` }, activities: [activity('m1', 'l000', T0 + 4, { type: 'merged' })] }) },
    ]);
    expect((await repo.getLead('l000'))?.notes).toBe('1 before');
    await repo.upsertByIdentity(['email:l1@x.se'], 'cap-1', (existing) => ({ lead: existing!, activities: [activity('u1', 'l001', T0 + 5, { dedupeKey: 'cap-1' })] }));
    await repo.mutateLead('l002', (l) => ({ lead: { ...l, title: 'CEO' }, activities: [activity('s1', 'l002', T0 + 6, { type: 'stage_changed' })] }));
    await repo.mutateLeads(['l000', 'l001'], (l) => ({ lead: l, activities: [activity(`t-${l.id}`, l.id, T0 + 7, { type: 'touch_logged' })] }));
    await repo.addActivities([activity('v1', 'l002', T0 + 8, { type: 'profile_viewed' })], (l) => ({ ...l, lastTouchAt: T0 + 8 }));
    await repo.addActivities([activity('v2', 'l001', T0 + 9, { type: 'profile_viewed' })]);
    await expectTimesInStep(repo);
    expect((await repo.allLeadsWithTimes()).find((item) => item.lead.id === 'l002')?.activityTimes).toEqual({
      captured: [T0], stage_changed: [T0 + 6], profile_viewed: [T0 + 8],
    });
  });

  it('are kept, with the row itself, when a re-score stores a score in the score book', async () => {
    const { repo } = await open();
    await repo.commitImport([captured(lead(0))], []);
    const [before] = await repo.allLeadsWithTimes();
    const score = { total: 40, fit: 40, engagement: 0, qualification: 0, grade: 'C' as const, scoredAt: T0 + 1, modelVersion: 2 };
    const seen: unknown[] = [];
    expect(await repo.rescoreBuckets(0, BUCKETS - 1, (facts) => (seen.push(facts), score))).toBe(1);
    expect(seen).toEqual([{ lead: scoredPart(before!.lead), times: before!.activityTimes }]);
    const [after] = await repo.allLeadsWithTimes();
    expect(after).toEqual({ lead: { ...before!.lead, score: { ...score, reasons: [] } }, activityTimes: before!.activityTimes });
  });

  it('let an import skip the lookups for leads stored since its check only while none was', async () => {
    const { repo } = await open();
    await repo.putLeads([lead(0)]);
    const plannedAt = (await repo.identityIndex()).writes;
    // A capture of l005 after the check: the commit must look again, and refuse.
    await repo.upsertByIdentity(['email:l5@x.se'], undefined, () => ({ lead: lead(5), activities: [] }));
    await expect(repo.commitImport([captured(lead(5))], [], plannedAt)).rejects.toThrow(/added to Pipewell after the check/);
    const now = (await repo.identityIndex()).writes;
    await repo.commitImport([captured(lead(6))], [], now);
    expect(await repo.countLeads()).toBe(3);
  });
});
