import { activitiesFromTimes, type LeadWithTimes } from '../db';
import type { RescoreProgress } from '../messaging/protocol/scoring';
import type { Activity, ScoringModel } from '../model';
import { type CompiledModel, compileModel, scoreLead } from '../scoring';
import type { BackgroundContext } from './context';

/** Leads scored and written per transaction; between batches the worker yields. */
export const RESCORE_BATCH = 2_000;

interface Job {
  progress: RescoreProgress;
  /** Settles when the job has written its last batch (or failed, or was superseded). */
  finished: Promise<void>;
}

// One job per background: a newer save supersedes a running job, which stops at its next batch.
const jobs = new WeakMap<BackgroundContext, Job>();

const IDLE: RescoreProgress = { jobId: null, running: false, done: 0, total: 0, version: 0 };

/** Where the latest re-score is; in memory only, so a restarted worker reports none. */
export function rescoreProgress(ctx: BackgroundContext): RescoreProgress {
  return { ...(jobs.get(ctx)?.progress ?? IDLE) };
}

/** Resolves when the latest job is done (tests and the bench wait on it). */
export async function rescoreFinished(ctx: BackgroundContext): Promise<void> {
  await jobs.get(ctx)?.finished;
}

/** Groups activities by lead id, in the order given (stages.ts reads it from here). */
export { groupByLead } from '../db';

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts re-scoring every lead with `model` in batches, and answers the job id at once.
 * Every lead is scored at the same `now`. The popup stays responsive because this runs in the
 * background worker and yields between batches; the popup only polls `scoring.progress`.
 */
export function startRescore(ctx: BackgroundContext, model: ScoringModel): string {
  const jobId = ctx.newId();
  const progress: RescoreProgress = { jobId, running: true, done: 0, total: 0, version: model.version };
  const isCurrent = () => jobs.get(ctx)?.progress.jobId === jobId;
  const finished = run(ctx, model, progress, isCurrent).catch((error: unknown) => {
    console.error('[pipewell] re-score failed', error);
    progress.error = error instanceof Error ? error.message : String(error);
  }).finally(() => {
    progress.running = false;
  });
  jobs.set(ctx, { progress, finished });
  return jobId;
}

/**
 * Pages through the leads in id order, one read and one write transaction per batch, yielding
 * between them so a popup's request never waits behind more than one batch. Engagement is scored
 * from the times each lead row keeps of its activities; only a row without them (written before
 * version 3, or straight into the database) has its activities read.
 */
async function run(ctx: BackgroundContext, model: ScoringModel, progress: RescoreProgress, isCurrent: () => boolean) {
  const compiled = compileModel(model);
  const now = ctx.now();
  progress.total = await ctx.repo.countLeads();
  let after: string | undefined;
  do {
    if (!isCurrent()) return;
    const page = await ctx.repo.leadsAfter(after, RESCORE_BATCH);
    const batch = await rescored(ctx, page.items, compiled, now);
    // A lead written since this page was read was already scored by that write with the new
    // model (the model is saved before the job starts); it is left as it is.
    if (batch.length) await ctx.repo.putLeadsIfUnchanged(batch);
    progress.done += batch.length;
    progress.total = Math.max(progress.total, progress.done);
    after = page.last;
    await pause();
  } while (after !== undefined);
  ctx.onLeadsChanged();
}

async function rescored(ctx: BackgroundContext, items: LeadWithTimes[], model: CompiledModel, now: number) {
  const histories = await scoredHistories(ctx, items);
  return items.map(({ lead }) => ({
    before: lead,
    after: { ...lead, score: scoreLead(lead, histories.get(lead.id) ?? [], model, now) },
  }));
}

/**
 * Each lead's activities as scoring reads them (type and time): made from the times on its row,
 * or read for a row that has none (written before version 3, or straight into the database).
 */
export async function scoredHistories(ctx: BackgroundContext, items: readonly LeadWithTimes[]): Promise<Map<string, Activity[]>> {
  const missing = items.filter((item) => !item.activityTimes).map((item) => item.lead.id);
  const histories = missing.length ? await ctx.repo.activitiesOf(missing) : new Map<string, Activity[]>();
  for (const { lead, activityTimes } of items) if (activityTimes) histories.set(lead.id, activitiesFromTimes(lead.id, activityTimes));
  return histories;
}
