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
    expect(db.version).toBe(3);
    expect([...db.transaction('leads').store.indexNames].sort()).toEqual(['company', 'identities', 'nextStepAt', 'score']);
    expect([...db.objectStoreNames]).toContain('activityBatches');
    const repo = createRepository(db);
    const { items } = await repo.leadsAfter(undefined, 100);
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
    const { items } = await createRepository(await openPipewellDb(name)).leadsAfter(undefined, 5000);
    expect(items).toHaveLength(4100);
    expect(items.filter(({ lead, activityTimes }) => activityTimes?.captured?.[0] !== T0 + Number(lead.id.slice(5)))).toEqual([]);
  });
});
