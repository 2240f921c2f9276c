import type { RescoreProgress } from '../messaging/protocol/scoring';
import type { Activity, ScoringModel } from '../model';
import { compileModel, scoreLead } from '../scoring';
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

/** Groups activities by lead id, oldest first as stored. */
export function groupByLead(activities: readonly Activity[]): Map<string, Activity[]> {
  const byLead = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = byLead.get(activity.leadId);
    if (list) list.push(activity);
    else byLead.set(activity.leadId, [activity]);
  }
  return byLead;
}

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

async function run(ctx: BackgroundContext, model: ScoringModel, progress: RescoreProgress, isCurrent: () => boolean) {
  const compiled = compileModel(model);
  const [leads, activities] = await Promise.all([ctx.repo.allLeads(), ctx.repo.allActivities()]);
  const byLead = groupByLead(activities);
  const now = ctx.now();
  progress.total = leads.length;
  for (let start = 0; start < leads.length; start += RESCORE_BATCH) {
    if (!isCurrent()) return;
    const batch = leads.slice(start, start + RESCORE_BATCH).map((lead) => ({
      before: lead,
      after: { ...lead, score: scoreLead(lead, byLead.get(lead.id) ?? [], compiled, now) },
    }));
    // A lead written since the snapshot was already scored by that write with the new model
    // (the model is saved before the job starts); it is left as it is.
    await ctx.repo.putLeadsIfUnchanged(batch);
    progress.done += batch.length;
    await pause();
  }
  ctx.onLeadsChanged();
}
