import { describe, expect, it } from 'vitest';
import { createRepository, DB_VERSION, openPipewellDb } from '../../../lib/db';
import { createLead, type Activity } from '../../../lib/model';

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
