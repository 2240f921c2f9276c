import { activitiesFromTimes, bookScoreOf, BUCKETS, type LeadWithTimes } from '../db';
import type { RescoreProgress } from '../messaging/protocol/scoring';
import type { Activity, ScoringModel } from '../model';
import { compileModel, scoreLead } from '../scoring';
import type { BackgroundContext } from './context';

/** Score-book buckets re-scored per transaction (of 256: about 6,000 leads at 100,000); the worker yields between them. */
export const RESCORE_BUCKETS = 16;

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
 * Walks the score book a few buckets per transaction (score-book.ts), yielding between them so a
 * popup's request never waits behind more than one group. Each lead is scored from the facts the
 * book keeps of it (the fields scoring reads, the times of its activities); lead rows are neither
 * read nor written, which is what makes a model change on 100,000 leads take seconds, not a minute.
 */
async function run(ctx: BackgroundContext, model: ScoringModel, progress: RescoreProgress, isCurrent: () => boolean) {
  const compiled = compileModel(model);
  const now = ctx.now();
  progress.total = await ctx.repo.countScored();
  for (let from = 0; from < BUCKETS; from += RESCORE_BUCKETS) {
    if (!isCurrent()) return;
    const to = Math.min(BUCKETS, from + RESCORE_BUCKETS) - 1;
    progress.done += await ctx.repo.rescoreBuckets(from, to, ({ lead, times }) =>
      bookScoreOf(scoreLead(lead, activitiesFromTimes(lead.id, times), compiled, now)),
    );
    progress.total = Math.max(progress.total, progress.done);
    await pause();
  }
  // No ctx.onLeadsChanged(): a score changes neither the board's counts and values nor the review
  // queue behind the badge, and recounting those reads every lead (seconds at 100,000 leads).
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
