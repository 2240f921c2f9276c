import { describe, expect, it } from 'vitest';
import { createRepository, openPipewellDb } from '../../../lib/db';
import { createLead, type Lead, LeadQuery } from '../../../lib/model';

const T0 = Date.UTC(2026, 3, 1);
const ctx = { now: T0 + 100 * 86_400_000, qualifiedMinYes: 3 };

function lead(i: number, patch: Partial<Lead> = {}): Lead {
  const base = createLead({ id: `l${String(i).padStart(3, '0')}`, fields: { name: `Lead ${i}`, email: `l${i}@x.se`, company: i % 2 ? 'Odd AB' : 'Even AB' }, source: 'manual', stageId: i % 3 ? 'new' : 'qualified', currency: 'EUR', now: T0 + i });
  return { ...base, score: { total: i % 100, fit: 0, engagement: 0, qualification: 0, grade: 'C', reasons: [], scoredAt: T0, modelVersion: 1 }, ...patch };
}

async function seeded(count: number) {
  const repo = createRepository(await openPipewellDb(`repo-${Math.random()}`));
  await repo.putLeads(Array.from({ length: count }, (_, i) => lead(i)));
  return repo;
}

describe('repository queries', () => {
  it('pages leads by score, highest first, in the score book order', async () => {
    const repo = await seeded(150);
    const first = await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 5 }), ctx);
    expect(first.items.map((l) => l.score?.total)).toEqual([99, 98, 97, 96, 95]);
    expect(first.hasMore).toBe(true);
    const last = await repo.listLeads(LeadQuery.parse({ sort: 'score', offset: 145, limit: 10 }), ctx);
    expect(last.items.map((l) => l.score?.total)).toEqual([2, 1, 1, 0, 0]);
    expect(last.items).toHaveLength(5);
    expect(last.hasMore).toBe(false);
  });

  it('lists leads without a score after the scored ones', async () => {
    const repo = await seeded(3);
    await repo.putLeads([lead(7, { score: undefined })]);
    const page = await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 10 }), ctx);
    expect(page.items.map((l) => l.id)).toEqual(['l002', 'l001', 'l000', 'l007']);
    const second = await repo.listLeads(LeadQuery.parse({ sort: 'score', offset: 3, limit: 10 }), ctx);
    expect(second.items.map((l) => l.id)).toEqual(['l007']);
  });

  it('filters by stage, status and text', async () => {
    const repo = await seeded(30);
    const qualified = await repo.listLeads(LeadQuery.parse({ stageId: 'qualified', limit: 100 }), ctx);
    expect(qualified.items).toHaveLength(10);
    const text = await repo.listLeads(LeadQuery.parse({ text: 'lead 2 odd', sort: 'name', direction: 'asc' }), ctx);
    expect(text.items.map((l) => l.name)).toEqual(['Lead 21', 'Lead 23', 'Lead 25', 'Lead 27', 'Lead 29']);
  });

  it('finds leads by many identities at once', async () => {
    const repo = await seeded(10);
    const found = await repo.findByIdentities(['email:l3@x.se', 'email:nobody@x.se', 'email:l9@x.se']);
    expect([...found.keys()]).toEqual(['email:l3@x.se', 'email:l9@x.se']);
  });

  it('erases a lead with all its activities and identities in one go', async () => {
    const repo = await seeded(3);
    await repo.addActivities([
      { id: 'a1', leadId: 'l001', type: 'captured', at: T0, summary: '' },
      { id: 'a2', leadId: 'l001', type: 'note_added', at: T0 + 1, summary: 'x' },
      { id: 'a3', leadId: 'l002', type: 'captured', at: T0, summary: '' },
    ]);
    expect(await repo.deleteLeads(['l001'])).toBe(1);
    expect(await repo.getLead('l001')).toBeUndefined();
    expect((await repo.allActivities()).map((a) => a.id)).toEqual(['a3']);
    expect((await repo.findByIdentities(['email:l1@x.se'])).size).toBe(0);
  });

  it('skips activities whose dedupe key was seen', async () => {
    const repo = await seeded(1);
    const once = { id: 'a1', leadId: 'l000', type: 'email_received' as const, at: T0, summary: '', dedupeKey: 'email_received:l000:m1' };
    expect(await repo.addActivities([once])).toHaveLength(1);
    expect(await repo.addActivities([{ ...once, id: 'a2' }])).toHaveLength(0);
  });

  it('replaces everything in one transaction, or nothing when a row is bad', async () => {
    const repo = await seeded(5);
    const backup = await repo.exportAll();
    const broken = { ...backup, leads: [...backup.leads, { id: undefined } as unknown as Lead] };
    await expect(repo.replaceAll(broken)).rejects.toThrow();
    expect(await repo.countLeads()).toBe(5);
    await repo.replaceAll({ ...backup, leads: backup.leads.slice(0, 2) });
    expect(await repo.countLeads()).toBe(2);
  });
});
