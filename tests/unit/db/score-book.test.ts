import { describe, expect, it } from 'vitest';
import { bookScoreOf, BUCKETS, bucketOf, createRepository, openPipewellDb } from '../../../lib/db';
import { decodeScores, encodeScores } from '../../../lib/db/score-columns';
import { createLead, LeadQuery, type LeadScore } from '../../../lib/model';

const T0 = Date.UTC(2026, 5, 1);
const score = (total: number): LeadScore => ({ total, fit: 0, engagement: 0, qualification: 0, grade: 'D', reasons: [], scoredAt: T0, modelVersion: 1 });
const lead = (id: string, total?: number) => ({
  ...createLead({ id, fields: { name: id, email: `${id}@x.se` }, source: 'import', stageId: 'new', currency: 'EUR', now: T0 }),
  ...(total === undefined ? {} : { score: score(total) }),
});

describe('score book buckets', () => {
  it('puts an id in the same bucket on every run: stored books depend on it', () => {
    // Changing the hash or BUCKETS moves leads between records: that needs a migration.
    expect(BUCKETS).toBe(256);
    // FNV-1a (32 bit) of "a" and "b" are 0xe40c292c and 0xe70c2de5; of "" the offset basis.
    expect([bucketOf('a'), bucketOf('b'), bucketOf('')]).toEqual([0x2c, 0xe5, 0x811c9dc5 % 256]);
  });

  it('spreads ids over the buckets', () => {
    const counts = new Array<number>(BUCKETS).fill(0);
    for (let i = 0; i < 25_600; i += 1) counts[bucketOf(crypto.randomUUID())]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(40);
    expect(Math.max(...counts)).toBeLessThan(180);
  });
});

describe('listing by score from the book', () => {
  it('orders by total both ways, fractions within their whole point, leads without a score last', async () => {
    const repo = createRepository(await openPipewellDb(`book-order-${Math.random()}`));
    await repo.putLeads([lead('a', 50), lead('b', 50.7), lead('c', 50.2), lead('d'), lead('e', 100), lead('f', 0)]);
    const list = async (direction: 'asc' | 'desc') =>
      (await repo.listLeads(LeadQuery.parse({ sort: 'score', direction, limit: 10 }), { now: T0, qualifiedMinYes: 3 })).items.map((l) => l.id);
    expect(await list('desc')).toEqual(['e', 'b', 'c', 'a', 'f', 'd']);
    expect(await list('asc')).toEqual(['f', 'a', 'c', 'b', 'e', 'd']);
  });

  it('pages without repeating or losing a lead', async () => {
    const repo = createRepository(await openPipewellDb(`book-pages-${Math.random()}`));
    await repo.putLeads(Array.from({ length: 230 }, (_, i) => lead(`p${i}`, i % 7 === 0 ? undefined : (i * 13) % 101)));
    const seen: string[] = [];
    for (let offset = 0; ; offset += 40) {
      const page = await repo.listLeads(LeadQuery.parse({ sort: 'score', limit: 40, offset }), { now: T0, qualifiedMinYes: 3 });
      seen.push(...page.items.map((l) => l.id));
      if (!page.hasMore) break;
    }
    expect(new Set(seen).size).toBe(230);
    const totals = (await Promise.all(seen.map((id) => repo.getLead(id)))).map((l) => l?.score?.total ?? -1);
    expect(totals).toEqual([...totals].sort((a, b) => (b === -1 ? -1 : a === -1 ? 1 : b - a)));
  });
});

describe('writes after a re-score', () => {
  it('keep the re-scored score when they pass a lead through without scoring it', async () => {
    const name = `book-later-${Math.random()}`;
    const repo = createRepository(await openPipewellDb(name));
    await repo.putLeads([lead('a', 10), lead('b', 20)]);
    const rescored = { ...score(70), scoredAt: T0 + 5, modelVersion: 2 };
    await repo.rescoreBuckets(0, BUCKETS - 1, ({ lead: l }) => (l.id === 'a' ? rescored : null));
    // Logging an activity rewrites a's row, which still carries the score of version 1.
    await repo.addActivities([{ id: 'v1', leadId: 'a', type: 'profile_viewed', at: T0 + 6, summary: '' }]);
    await repo.mutateLeads(['a'], (l) => ({ lead: { ...l, tags: ['x'] }, activities: [] }));
    expect((await repo.getLead('a'))?.score).toEqual({ ...rescored, reasons: [] });
    // What the book stored, not only what this repository holds in memory.
    expect((await createRepository(await openPipewellDb(name)).getLead('a'))?.score?.total).toBe(70);
    // A write that scores the lead again, later, replaces it.
    await repo.mutateLead('a', (l) => ({ lead: { ...l, score: { ...score(33), scoredAt: T0 + 7, modelVersion: 2 } }, activities: [] }));
    expect((await repo.getLead('a'))?.score?.total).toBe(33);
  });
});

describe('score columns', () => {
  it('read back every score as written, a lead without one as none', () => {
    const scores = new Map([
      ['a', bookScoreOf({ ...score(42.5), grade: 'C', fit: 10, engagement: 20, qualification: 30 })],
      ['b', null],
      ['c', bookScoreOf({ ...score(0), modelVersion: 7 })],
    ]);
    const record = encodeScores(9, scores);
    expect(record).toMatchObject({ bucket: 9, ids: ['a', 'b', 'c'], grades: 'C-D' });
    expect(decodeScores(structuredClone(record))).toEqual(scores);
  });

  it('read a record of another shape as empty, so the book is rebuilt', () => {
    expect(decodeScores({ bucket: 1, scores: { a: score(1) } }).size).toBe(0);
    expect(decodeScores({ bucket: 1, ids: ['a'], numbers: new Float64Array(5), grades: 'A' }).size).toBe(0);
    expect(decodeScores(undefined).size).toBe(0);
  });

  it('are what a restarted worker reads: the stored book, not the rows again', async () => {
    const name = `book-reread-${Math.random()}`;
    const db = await openPipewellDb(name);
    await createRepository(db).putLeads([lead('a', 10), lead('b')]);
    // The row says 90 behind the book's back; a reader of the book still sees 10.
    await db.put('leads', { ...(await db.get('leads', 'a'))!, score: score(90) });
    const again = createRepository(await openPipewellDb(name));
    expect((await again.getLead('a'))?.score?.total).toBe(10);
    expect(await again.countScored()).toBe(2);
  });
});
