import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { RESCORE_BUCKETS, rescoreFinished } from '../../../lib/background/rescore';
import { BUCKETS } from '../../../lib/db';
import type { PipewellDb } from '../../../lib/db/schema';
import { createLead, DEFAULT_SCORING_MODEL, type Lead, type Prospect } from '../../../lib/model';
import { scoreLead, setCriterionPoints } from '../../../lib/scoring';
import { anna, captureId, createHarness, T0 } from './harness';

const scoreWithDefault = (lead: Lead, activities: Parameters<typeof scoreLead>[1], now: number) =>
  scoreLead(lead, activities, DEFAULT_SCORING_MODEL, now);

const ceo: Prospect = { ...anna, name: 'Carl Ek', title: 'CEO', company: 'Acme', email: 'carl@acme.io', linkedinUrl: undefined, location: undefined };
const intern: Prospect = { ...anna, name: 'Ida Lo', title: 'Sales Intern', email: 'ida@gmail.com', linkedinUrl: undefined, company: undefined, location: undefined };
// The default gives a head of sales 30 fit points; at 100 Anna (20, D) reaches 42, a C.
const headHeavy = setCriterionPoints(DEFAULT_SCORING_MODEL, 'fit.seniority.head', 100);

async function seeded() {
  const h = await createHarness(scoreWithDefault);
  for (const prospect of [anna, ceo, intern]) await h.call('lead.capture', { captureId: captureId(), prospect });
  return h;
}

function bulkLeads(n: number): Lead[] {
  return Array.from({ length: n }, (_, i) =>
    createLead({
      id: `bulk-${i}`,
      fields: { name: `Person ${i}`, title: i % 2 ? 'Head of Sales' : 'Engineer', email: `p${i}@firm${i % 7}.se` },
      source: 'import',
      stageId: 'new',
      currency: 'EUR',
      now: T0,
    }),
  );
}

describe('scoring.preview', () => {
  it('counts the leads that move up, down or stay, and lists those that move', async () => {
    const h = await seeded();
    const preview = await h.call('scoring.preview', { model: headHeavy });
    expect(preview).toMatchObject({ up: 1, down: 0, same: 2 });
    expect(preview.moves).toEqual([expect.objectContaining({ name: 'Anna Berg', from: 'D', to: 'C', fromScore: 20, toScore: 42 })]);
  });

  it('counts leads that move down when a criterion is lowered', async () => {
    const h = await seeded();
    await h.call('scoring.saveModel', { model: headHeavy });
    await rescoreFinished(h.ctx);
    const preview = await h.call('scoring.preview', { model: DEFAULT_SCORING_MODEL });
    expect(preview).toMatchObject({ up: 0, down: 1, same: 2 });
  });

  it('refuses an invalid model and saves nothing', async () => {
    const h = await seeded();
    const bad = { ...headHeavy, grades: { A: 10, B: 50, C: 30 } };
    await expect(h.call('scoring.saveModel', { model: bad })).rejects.toThrow(/Grade thresholds/);
    expect((await h.call('scoring.getModel', {})).model).toEqual(DEFAULT_SCORING_MODEL);
  });
});

describe('scoring.saveModel', () => {
  it('stores the model one version up and re-scores every stored lead', async () => {
    const h = await seeded();
    const { model, jobId } = await h.call('scoring.saveModel', { model: headHeavy });
    expect(model.version).toBe(DEFAULT_SCORING_MODEL.version + 1);
    expect((await h.call('scoring.getModel', {})).model).toEqual(model);
    await rescoreFinished(h.ctx);
    expect(await h.call('scoring.progress', {})).toEqual({ jobId, running: false, done: 3, total: 3, version: model.version });
    const stored = await h.repo.allLeads();
    expect(stored.map((l) => l.score?.modelVersion)).toEqual([2, 2, 2]);
    expect(stored.find((l) => l.name === 'Anna Berg')?.score).toMatchObject({ total: 42, grade: 'C' });
  });

  it('writes a group of score-book buckets per transaction, with progress climbing to the total', async () => {
    const h = await createHarness();
    const count = 2500;
    await h.repo.putLeads(bulkLeads(count));
    const groups = vi.spyOn(h.repo, 'rescoreBuckets');
    const changesBefore = h.changes.length;
    await h.call('scoring.saveModel', { model: headHeavy });
    const seen: number[] = [];
    for (let progress = await h.call('scoring.progress', {}); progress.running; progress = await h.call('scoring.progress', {})) {
      if (seen.at(-1) !== progress.done) seen.push(progress.done);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await rescoreFinished(h.ctx);
    expect(groups.mock.calls.map(([from, to]) => [from, to])).toEqual(
      Array.from({ length: BUCKETS / RESCORE_BUCKETS }, (_, i) => [i * RESCORE_BUCKETS, (i + 1) * RESCORE_BUCKETS - 1]),
    );
    const perGroup = await Promise.all(groups.mock.results.map((r) => r.value as Promise<number>));
    expect(perGroup.reduce((a, b) => a + b, 0)).toBe(count);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.some((done) => done > 0 && done < count)).toBe(true);
    expect(await h.call('scoring.progress', {})).toMatchObject({ running: false, done: count, total: count });
    const stored = await h.repo.allLeads();
    expect(stored.every((l) => l.score?.modelVersion === 2)).toBe(true);
    expect(stored.find((l) => l.id === 'bulk-1')?.score?.grade).toBe('C');
    // Scores move no count, value or review date: the board and the badge are not recounted.
    expect(h.changes.length).toBe(changesBefore);
  });

  it('lets a newer save supersede a running re-score', async () => {
    const h = await createHarness();
    await h.repo.putLeads(bulkLeads(2001));
    const groups = vi.spyOn(h.repo, 'rescoreBuckets');
    await h.call('scoring.saveModel', { model: headHeavy });
    const second = await h.call('scoring.saveModel', { model: DEFAULT_SCORING_MODEL });
    await rescoreFinished(h.ctx);
    // The second job wrote all its groups; the first stopped before finishing its own.
    const perJob = BUCKETS / RESCORE_BUCKETS;
    expect(groups.mock.calls.length).toBeGreaterThanOrEqual(perJob);
    expect(groups.mock.calls.length).toBeLessThan(2 * perJob);
    const stored = await h.repo.allLeads();
    expect(stored.every((l) => l.score?.modelVersion === second.model.version)).toBe(true);
    expect(await h.call('scoring.progress', {})).toMatchObject({ jobId: second.jobId, done: 2001 });
  });

  it('reports no job before the first save', async () => {
    const h = await createHarness();
    expect(await h.call('scoring.progress', {})).toEqual({ jobId: null, running: false, done: 0, total: 0, version: 0 });
  });
});

describe('scoring.calibrate', () => {
  it('says so instead of guessing with fewer than 20 closed leads', async () => {
    const h = await seeded();
    for (const [i, lead] of (await h.repo.allLeads()).entries()) {
      await h.call('lead.move', { id: lead.id, stageId: i === 0 ? 'won' : 'lost' });
    }
    const report = await h.call('scoring.calibrate', {});
    expect(report).toMatchObject({ enoughData: false, closed: 3, won: 1, lost: 2, auc: null, suggestions: [] });
    expect(report.message).toMatch(/Only 3 closed leads/);
  });

  it('reports win rate per grade, AUC and lift once 20 or more leads are closed', async () => {
    const h = await createHarness(scoreWithDefault);
    await h.repo.putLeads(bulkLeads(24));
    h.advance(86_400_000);
    // Heads of sales (odd ids) win, engineers lose: the score should separate them perfectly.
    for (let i = 0; i < 24; i += 1) await h.call('lead.move', { id: `bulk-${i}`, stageId: i % 2 ? 'won' : 'lost' });
    const report = await h.call('scoring.calibrate', {});
    expect(report).toMatchObject({ enoughData: true, closed: 24, won: 12, lost: 12, auc: 1 });
    expect(report.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D']);
    const head = report.criteria.find((c) => c.criterion === 'fit.seniority.head');
    expect(head?.matching).toEqual({ leads: 12, won: 12, winRate: 1 });
    expect(report.suggestions.some((s) => s.criterion === 'fit.seniority.head' && s.direction === 'raise')).toBe(true);
  });
});

describe('re-score and concurrent writes', () => {
  it('never overwrites a lead changed, or brings back one deleted, while the job runs', async () => {
    const h = await createHarness('withModel');
    await h.repo.putLeads(bulkLeads(2010));
    const real = h.repo.rescoreBuckets.bind(h.repo);
    let first = true;
    // While the job runs, a user edits one lead and forgets another.
    vi.spyOn(h.repo, 'rescoreBuckets').mockImplementation(async (from, to, score) => {
      if (first) {
        first = false;
        h.advance(1000);
        await h.call('lead.update', { id: 'bulk-3', fields: { title: 'Chief Executive Officer' } });
        await h.call('lead.delete', { id: 'bulk-4' });
      }
      return real(from, to, score);
    });
    await h.call('scoring.saveModel', { model: headHeavy });
    await rescoreFinished(h.ctx);
    const edited = await h.repo.getLead('bulk-3');
    expect(edited?.title).toBe('Chief Executive Officer');
    // Its score is the new title's under the new model, whichever of the write and the job came last.
    const model = (await h.call('scoring.getModel', {})).model;
    expect(edited?.score?.total).toBe(scoreLead(edited!, await h.repo.listActivities('bulk-3'), model, T0 + 1000).total);
    expect(await h.repo.getLead('bulk-4')).toBeUndefined();
    expect(await h.repo.countScored()).toBe(2009);
    expect((await h.repo.allLeads()).every((l) => l.score?.modelVersion === 2)).toBe(true);
  });
});

describe('re-score from the activity times on lead rows', () => {
  it('gives every lead the score its full history gives, for rows with times and rows written before them', async () => {
    const h = await createHarness('withModel');
    const leads = bulkLeads(40);
    const activities = leads.flatMap((lead, i) =>
      Array.from({ length: i % 5 }, (_, k) => ({ id: `a-${i}-${k}`, leadId: lead.id, type: (['replied', 'email_received', 'profile_viewed'] as const)[k % 3]!, at: T0 - (i * 3 + k) * 86_400_000, summary: '' })),
    );
    await h.repo.putLeads(leads, activities);
    // Half the rows as a version-2 database (or a direct write) left them: without times.
    await stripTimes(leads.filter((_, i) => i % 2).map((l) => l.id));
    await h.call('scoring.saveModel', { model: headHeavy });
    await rescoreFinished(h.ctx);
    const model = (await h.call('scoring.getModel', {})).model;
    for (const lead of await h.repo.allLeads()) {
      const expected = scoreLead(lead, await h.repo.listActivities(lead.id), model, T0);
      // Lists carry the stored score without its reasons; the lead's own view has them too.
      expect(lead.score, lead.id).toEqual({ ...expected, reasons: [] });
      expect((await h.call('lead.get', { id: lead.id })).lead.score, lead.id).toEqual(expected);
    }
  });
});

describe('scores on lead rows', () => {
  it('are stored without their reasons, which the lead’s own view gives back', async () => {
    const h = await createHarness('withModel');
    const model = (await h.call('scoring.getModel', {})).model;
    const [lead] = bulkLeads(1);
    const score = scoreLead(lead!, [], model, T0);
    expect(score.reasons.length).toBeGreaterThan(0);
    await h.repo.putLeads([{ ...lead!, score }]);
    const [info] = await indexedDB.databases();
    const db = await openDB<PipewellDb>(info!.name!);
    expect((await db.get('leads', lead!.id))?.score).toEqual({ ...score, reasons: [] });
    db.close();
    expect((await h.call('lead.get', { id: lead!.id })).lead.score).toEqual(score);
  });
});

/** Removes the activity times from some lead rows, straight in the test's one database. */
async function stripTimes(ids: string[]) {
  const [info] = await indexedDB.databases();
  const db = await openDB<PipewellDb>(info!.name!);
  const tx = db.transaction('leads', 'readwrite');
  for (const id of ids) {
    const row = (await tx.store.get(id))!;
    delete row.activityTimes;
    await tx.store.put(row);
  }
  await tx.done;
  db.close();
}
