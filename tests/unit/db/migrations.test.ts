import { describe, expect, it } from 'vitest';
import { createRepository, DB_VERSION, openPipewellDb, timesOf } from '../../../lib/db';
import { createLead, LeadQuery, type Activity } from '../../../lib/model';

const T0 = Date.UTC(2026, 0, 5);

function v1Lead(i: number) {
  return createLead({
    id: `lead-${i}`,
    fields: { name: `Person ${i}`, email: `p${i}@firma${i % 3}.se`, company: `Firma ${i % 3}` },
    source: 'linkedin',
    stageId: 'new',
    currency: 'SEK',
    now: T0 + i,
  });
}

describe('database migrations', () => {
  it('opens a version-1 database and finds every record', async () => {
    const name = `migrate-${Math.random()}`;
    const old = await openPipewellDb(name, 1);
    expect(old.version).toBe(1);
    expect([...old.objectStoreNames].sort()).toEqual(['activities', 'leads', 'meta', 'snapshots']);
    const tx = old.transaction(['leads', 'activities', 'snapshots', 'meta'], 'readwrite');
    for (let i = 0; i < 30; i += 1) {
      await tx.objectStore('leads').put(v1Lead(i));
      const activity: Activity = { id: `a-${i}`, leadId: `lead-${i}`, type: 'captured', at: T0 + i, summary: '', dedupeKey: `capture:${i}` };
      await tx.objectStore('activities').put(activity);
    }
    await tx.objectStore('snapshots').put({ day: '2026-01-05', at: T0, metrics: { openDeals: 30 } });
    await tx.objectStore('meta').put({ key: 'settings', value: { custom: true } });
    await tx.done;
    old.close();

    const db = await openPipewellDb(name);
    expect(db.version).toBe(DB_VERSION);
    const repo = createRepository(db);
    expect(await repo.countLeads()).toBe(30);
    expect((await repo.allActivities()).length).toBe(30);
    expect(await repo.listSnapshots('2026-01-01')).toHaveLength(1);
    expect(await repo.getMeta('settings')).toEqual({ custom: true });
    // The version-2 indexes cover records written before they existed.
    expect((await repo.findByCompany('Firma 1')).map((l) => l.id).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => i).filter((i) => i % 3 === 1).map((i) => `lead-${i}`).sort(),
    );
    expect((await repo.findByIdentities(['email:p7@firma1.se'])).get('email:p7@firma1.se')?.id).toBe('lead-7');
    expect(await db.countFromIndex('activities', 'at', IDBKeyRange.lowerBound(T0 + 10))).toBe(20);
  });
});

describe('database migrations to version 3', () => {
  it('keeps every record, drops the unused lead indexes and gives each lead row its activity times', async () => {
    const name = `migrate-v3-${Math.random()}`;
    const old = await openPipewellDb(name, 2);
    const tx = old.transaction(['leads', 'activities'], 'readwrite');
    const activities: Activity[] = [];
    for (let i = 0; i < 20; i += 1) {
      await tx.objectStore('leads').put({ ...v1Lead(i), score: { total: i * 5, fit: 0, engagement: 0, qualification: 0, grade: 'D', reasons: [], scoredAt: T0, modelVersion: 1 } });
      // Lead i has i % 4 activities, logged newest first, so the migration must sort them.
      for (let k = i % 4; k > 0; k -= 1) activities.push({ id: `a-${i}-${k}`, leadId: `lead-${i}`, type: k % 2 ? 'replied' : 'email_sent', at: T0 + k * 1000, summary: '' });
    }
    for (const activity of activities) await tx.objectStore('activities').put(activity);
    await tx.done;
    old.close();

    const db = await openPipewellDb(name);
    expect(db.version).toBe(DB_VERSION);
    // Version 4 drops the score index too: the score book orders leads by score.
    expect([...db.transaction('leads').store.indexNames].sort()).toEqual(['company', 'identities', 'nextStepAt']);
    expect([...db.objectStoreNames]).toContain('activityBatches');
    const repo = createRepository(db);
    const items = await repo.allLeadsWithTimes();
    expect(items).toHaveLength(20);
    for (const { lead, activityTimes } of items) {
      expect(activityTimes).toEqual(timesOf(activities.filter((a) => a.leadId === lead.id)));
    }
    expect(items.find((item) => item.lead.id === 'lead-3')?.activityTimes).toEqual({ replied: [T0 + 1000, T0 + 3000], email_sent: [T0 + 2000] });
    expect((await repo.allActivities()).length).toBe(activities.length);
    const top = await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 3 }), { now: T0, qualifiedMinYes: 3 });
    expect(top.items.map((l) => l.id)).toEqual(['lead-19', 'lead-18', 'lead-17']);
    expect((await repo.findByIdentities(['email:p7@firma1.se'])).get('email:p7@firma1.se')?.id).toBe('lead-7');
  });

  it('gives the times to every lead past its first page of 2,000', async () => {
    const name = `migrate-v3-pages-${Math.random()}`;
    const old = await openPipewellDb(name, 2);
    const tx = old.transaction(['leads', 'activities'], 'readwrite');
    for (let i = 0; i < 4100; i += 1) {
      void tx.objectStore('leads').put(v1Lead(i));
      void tx.objectStore('activities').put({ id: `a-${i}`, leadId: `lead-${i}`, type: 'captured', at: T0 + i, summary: '' });
    }
    await tx.done;
    old.close();
    const items = await createRepository(await openPipewellDb(name)).allLeadsWithTimes();
    expect(items).toHaveLength(4100);
    expect(items.filter(({ lead, activityTimes }) => activityTimes?.captured?.[0] !== T0 + Number(lead.id.slice(5)))).toEqual([]);
  });
});

describe('database migrations to version 4', () => {
  const scoreOf = (total: number) => ({ total, fit: total, engagement: 0, qualification: 0, grade: 'D' as const, reasons: [], scoredAt: T0, modelVersion: 1 });

  it('fills the score book from the lead rows on first use, and every read and write keeps it', async () => {
    const name = `migrate-v4-${Math.random()}`;
    const old = await openPipewellDb(name, 3);
    const tx = old.transaction(['leads', 'activities'], 'readwrite');
    for (let i = 0; i < 50; i += 1) {
      await tx.objectStore('leads').put({ ...v1Lead(i), score: scoreOf((i * 37) % 100), activityTimes: { captured: [T0 + i] } });
    }
    // One row as a version-2 database left it: no times on the row, its activity in the store.
    const bare = { ...v1Lead(50), score: scoreOf(98) };
    await tx.objectStore('leads').put(bare);
    await tx.objectStore('activities').put({ id: 'a-50', leadId: 'lead-50', type: 'replied', at: T0 + 50, summary: '' });
    await tx.done;
    old.close();

    const db = await openPipewellDb(name);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['scoreFacts', 'scores']));
    expect(await db.count('scores')).toBe(0);
    const repo = createRepository(db);
    const ctx = { now: T0, qualifiedMinYes: 3 };
    const top = await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 4 }), ctx);
    // Scores (i × 37) mod 100, all different: 99 for lead-27, 96 for lead-8, 95 for lead-35.
    expect(top.items.map((l) => [l.id, l.score?.total])).toEqual([['lead-27', 99], ['lead-50', 98], ['lead-8', 96], ['lead-35', 95]]);
    expect(await repo.countScored()).toBe(51);
    expect(await db.count('scores')).toBeGreaterThan(0);
    // Re-scoring reads the facts the book was given, including the bare row's activity times.
    const facts = new Map<string, unknown>();
    await repo.rescoreBuckets(0, 255, (f) => (facts.set(f.lead.id, f.times), { ...scoreOf(f.lead.id === 'lead-3' ? 100 : 1), scoredAt: T0 + 1, modelVersion: 2 }));
    expect(facts.get('lead-50')).toEqual({ replied: [T0 + 50] });
    expect(facts.get('lead-7')).toEqual({ captured: [T0 + 7] });
    expect((await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 1 }), ctx)).items[0]?.id).toBe('lead-3');
    expect((await repo.getLead('lead-3'))?.score).toMatchObject({ total: 100, modelVersion: 2, reasons: [] });
    // A write stores its own score, which the list then sorts by.
    await repo.mutateLead('lead-9', (lead) => ({ lead: { ...lead, score: { ...scoreOf(100), scoredAt: T0 + 2, modelVersion: 2, reasons: [{ criterion: 'x', label: 'X', points: 100, part: 'fit' }] } }, activities: [] }));
    // Stored without its reasons (lead.get scores the lead again for them).
    expect((await repo.getLead('lead-9'))?.score).toMatchObject({ total: 100, modelVersion: 2, reasons: [] });
    await repo.deleteLeads(['lead-3']);
    expect(await repo.countScored()).toBe(50);
    expect((await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 1 }), ctx)).items[0]?.id).toBe('lead-9');
    // A new repository (a restarted worker) reads the same book.
    const again = createRepository(db);
    const all = (await again.listLeads(LeadQuery.parse({ sort: 'score', limit: 100 }), ctx)).items;
    expect(all.map((l) => l.score?.total)).toEqual([100, ...Array<number>(49).fill(1)]);
    expect(all[0]?.id).toBe('lead-9');
  });

  it('rebuilds the book when it does not count every lead (rows written around the repository)', async () => {
    const db = await openPipewellDb(`book-rebuild-${Math.random()}`);
    const repo = createRepository(db);
    await repo.putLeads([{ ...v1Lead(1), score: scoreOf(10) }]);
    expect(await repo.countScored()).toBe(1);
    await db.put('leads', { ...v1Lead(2), score: scoreOf(80) });
    await db.clear('scores');
    const fresh = createRepository(db);
    expect((await fresh.listLeads(LeadQuery.parse({ sort: 'score', limit: 5 }), { now: T0, qualifiedMinYes: 3 })).items.map((l) => l.id)).toEqual(['lead-2', 'lead-1']);
    expect(await fresh.countScored()).toBe(2);
  });
});

describe('database migrations to version 5', () => {
  it('adds the lead batches beside the rows and keeps every lead, score and index', async () => {
    const name = `migrate-v5-${Math.random()}`;
    const old = await openPipewellDb(name, 4);
    const tx = old.transaction('leads', 'readwrite');
    for (const i of [1, 2]) await tx.store.put({ ...v1Lead(i), activityTimes: { captured: [T0 + i] } });
    await tx.done;
    old.close();

    const db = await openPipewellDb(name);
    const batches = db.transaction('leadBatches').store;
    expect([...batches.indexNames].sort()).toEqual(['identities', 'leadIds']);
    expect(await db.count('leadBatches')).toBe(0);
    expect([...db.transaction('leads').store.indexNames].sort()).toEqual(['company', 'identities', 'nextStepAt']);
    const repo = createRepository(db);
    expect(await repo.countLeads()).toBe(2);
    expect(await repo.countScored()).toBe(2);
    expect((await repo.findByIdentities(['email:p1@firma1.se'])).get('email:p1@firma1.se')?.id).toBe('lead-1');
  });
});
