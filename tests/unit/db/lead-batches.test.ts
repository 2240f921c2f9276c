import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { createRepository, openPipewellDb, type Repository } from '../../../lib/db';
import { LEAD_BATCH_SIZE, packLeads } from '../../../lib/db/lead-batches';
import type { PipewellDb } from '../../../lib/db/schema';
import { type Activity, createLead, type Lead, LeadQuery } from '../../../lib/model';

const T0 = Date.UTC(2026, 5, 1);
const COUNT = LEAD_BATCH_SIZE + 30; // two batches, the second part full

function lead(i: number): Lead {
  return createLead({
    id: `b${String(i).padStart(4, '0')}`,
    fields: { name: `Lead ${i}`, email: `b${i}@firma${i % 3}.se`, company: `Firma ${i % 3}` },
    source: 'import',
    stageId: 'new',
    currency: 'SEK',
    now: T0 + i,
  });
}

const activity = (id: string, leadId: string, at: number, extra: Partial<Activity> = {}): Activity => ({ id, leadId, type: 'captured', at, summary: '', ...extra });
const captured = (l: Lead) => ({ lead: { ...l, score: { total: (l.createdAt - T0) / 2, fit: 0, engagement: 0, qualification: 0, grade: 'D' as const, reasons: [], scoredAt: T0, modelVersion: 1 } }, activities: [activity(`c-${l.id}`, l.id, l.createdAt)] });

/** A repository whose import is still in batches: nothing settles until the test says so. */
async function imported(): Promise<{ db: IDBPDatabase<PipewellDb>; repo: Repository; leads: Lead[] }> {
  const db = await openPipewellDb(`batches-${Math.random()}`);
  const repo = createRepository(db, { settleInBackground: false });
  const leads = Array.from({ length: COUNT }, (_, i) => lead(i));
  await repo.commitImport(leads.map(captured), []);
  return { db, repo, leads };
}

async function stored(db: IDBPDatabase<PipewellDb>) {
  const [rows, batches] = await Promise.all([db.count('leads'), db.getAll('leadBatches')]);
  return { rows, batched: batches.reduce((n, batch) => n + batch.rows.length, 0), batches: batches.length };
}

describe('leads an import writes in batches', () => {
  it('are stored many to a record, not as rows', async () => {
    const { db, repo } = await imported();
    expect(await stored(db)).toEqual({ rows: 0, batched: COUNT, batches: 2 });
    expect(await repo.countLeads()).toBe(COUNT);
  });

  it('are found by every read as rows would be', async () => {
    const { repo, leads } = await imported();
    const target = leads[LEAD_BATCH_SIZE + 3]!;
    expect((await repo.getLead(target.id))?.email).toBe(target.email);
    expect(await repo.getLead('nobody')).toBeUndefined();
    const found = await repo.findByIdentities([`email:${target.email}`, 'email:nobody@x.se']);
    expect([...found.entries()].map(([key, l]) => [key, l.id])).toEqual([[`email:${target.email}`, target.id]]);
    expect((await repo.findByCompany('Firma 1')).map((l) => l.id).sort()).toEqual(leads.filter((_, i) => i % 3 === 1).map((l) => l.id));
    expect((await repo.allLeads()).length).toBe(COUNT);
    expect((await repo.allLeadFields(['lastTouchAt'])).map((picked) => picked.lastTouchAt).sort()).toEqual(leads.map((l) => l.lastTouchAt).sort());
    expect((await repo.allLeadsWithTimes()).find((item) => item.lead.id === target.id)?.activityTimes).toEqual({ captured: [target.createdAt] });
    const top = await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 3 }), { now: T0, qualifiedMinYes: 3 });
    expect(top.items.map((l) => l.id)).toEqual([COUNT - 1, COUNT - 2, COUNT - 3].map((i) => lead(i).id));
    const index = await repo.identityIndex();
    expect(index.ids.length).toBe(COUNT);
    expect(index.identities.get(`email:${target.email}`)).toBe(target.id);
    expect((await repo.exportAll()).leads.map((l) => l.id).sort()).toEqual(leads.map((l) => l.id));
  });

  it('move into a row of their own when written, and only then', async () => {
    const { db, repo, leads } = await imported();
    const [first, second, third] = leads;
    expect(await repo.mutateLead(first!.id, () => null)).toMatchObject({ id: first!.id });
    await repo.mutateLead(second!.id, (l) => ({ lead: { ...l, title: 'CEO' }, activities: [] }));
    await repo.addActivities([activity('v1', third!.id, T0 + 9000, { type: 'profile_viewed' })]);
    expect(await stored(db)).toEqual({ rows: 3, batched: COUNT - 3, batches: 2 });
    expect((await repo.getLead(second!.id))?.title).toBe('CEO');
    expect((await repo.allLeadsWithTimes()).find((item) => item.lead.id === third!.id)?.activityTimes).toEqual({
      captured: [third!.createdAt],
      profile_viewed: [T0 + 9000],
    });
    expect(await repo.countLeads()).toBe(COUNT);
  });

  it('are merged into, not duplicated, when the same person is captured again', async () => {
    const { db, repo, leads } = await imported();
    const target = leads[7]!;
    const result = await repo.upsertByIdentity([`email:${target.email}`], undefined, (existing) => ({ lead: { ...existing!, title: 'CTO' }, activities: [] }));
    expect(result).toMatchObject({ created: false, lead: { id: target.id, title: 'CTO' } });
    expect(await repo.countLeads()).toBe(COUNT);
    expect(await stored(db)).toMatchObject({ rows: 1, batched: COUNT - 1 });
  });

  it('are erased from their batch, and an emptied batch goes', async () => {
    const { db, repo, leads } = await imported();
    const lastBatch = leads.slice(LEAD_BATCH_SIZE).map((l) => l.id);
    expect(await repo.deleteLeads([leads[0]!.id, ...lastBatch, 'nobody'])).toBe(1 + lastBatch.length);
    expect(await stored(db)).toEqual({ rows: 0, batched: LEAD_BATCH_SIZE - 1, batches: 1 });
    expect(await repo.getLead(leads[0]!.id)).toBeUndefined();
    expect(await repo.countLeads()).toBe(LEAD_BATCH_SIZE - 1);
  });

  it('count as stored for the next import: a clash with a batched lead refuses it whole', async () => {
    const { repo, leads } = await imported();
    const again = { ...lead(9999), identities: leads[5]!.identities };
    await expect(repo.commitImport([captured(again)], [])).rejects.toThrow(/added to Pipewell after the check/);
    expect(await repo.countLeads()).toBe(COUNT);
  });

  it('are merged into by the next import', async () => {
    const { db, repo, leads } = await imported();
    const target = leads[4]!;
    await repo.commitImport([], [{ leadId: target.id, apply: (l) => ({ lead: { ...l, notes: 'met again' }, activities: [] }) }]);
    expect((await repo.getLead(target.id))?.notes).toBe('met again');
    expect(await stored(db)).toMatchObject({ rows: 1, batched: COUNT - 1 });
  });

  it('settle into rows with nothing lost or changed', async () => {
    const { db, repo } = await imported();
    const before = await repo.allLeadsWithTimes();
    await repo.settle();
    expect(await stored(db)).toEqual({ rows: COUNT, batched: 0, batches: 0 });
    const after = await repo.allLeadsWithTimes();
    const byId = (items: typeof before) => [...items].sort((a, b) => a.lead.id.localeCompare(b.lead.id));
    expect(byId(after)).toEqual(byId(before));
  });

  it('settle without overwriting a row written under the same id around the repository', async () => {
    const { db, repo, leads } = await imported();
    await db.put('leads', { ...leads[2]!, title: 'written by a seeder' });
    await repo.settle();
    expect((await db.get('leads', leads[2]!.id))?.title).toBe('written by a seeder');
    expect(await stored(db)).toEqual({ rows: COUNT, batched: 0, batches: 0 });
  });

  it('settle by themselves after an import unless told not to, and say when they start and end', async () => {
    const db = await openPipewellDb(`batches-bg-${Math.random()}`);
    const runs: Promise<void>[] = [];
    const repo = createRepository(db, { onSettling: (running) => runs.push(running) });
    await repo.commitImport([captured(lead(1)), captured(lead(2))], []);
    expect(runs).toHaveLength(1);
    await runs[0];
    expect(await stored(db)).toEqual({ rows: 2, batched: 0, batches: 0 });
    await repo.settle(); // nothing left: a read, and no second write
    expect(runs).toHaveLength(2);
  });
});

describe('a restore', () => {
  it('writes its leads in batches, the last of an id given twice winning', async () => {
    const db = await openPipewellDb(`batches-restore-${Math.random()}`);
    const repo = createRepository(db, { settleInBackground: false });
    const leads = [lead(1), lead(2), { ...lead(1), title: 'later' }];
    await repo.replaceAll({ leads, activities: [], snapshots: [], meta: [] });
    expect(await stored(db)).toEqual({ rows: 0, batched: 2, batches: 1 });
    expect((await repo.getLead(lead(1).id))?.title).toBe('later');
  });

  it('with a lead without an id changes nothing', async () => {
    const { db, repo } = await imported();
    const broken = [lead(1), { ...lead(2), id: undefined as unknown as string }];
    await expect(repo.replaceAll({ leads: broken, activities: [], snapshots: [], meta: [] })).rejects.toThrow(/lead 2 of the backup has no id/);
    expect(await stored(db)).toEqual({ rows: 0, batched: COUNT, batches: 2 });
  });
});

describe('packLeads', () => {
  it('keeps each batch’s ids and identities beside its rows', () => {
    const rows = Array.from({ length: LEAD_BATCH_SIZE + 1 }, (_, i) => lead(i));
    const batches = packLeads(rows);
    expect(batches.map((b) => b.rows.length)).toEqual([LEAD_BATCH_SIZE, 1]);
    expect(batches[1]).toEqual({ leadIds: [rows.at(-1)!.id], identities: rows.at(-1)!.identities, rows: [rows.at(-1)] });
  });
});
