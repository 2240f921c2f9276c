import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { MAX_PREVIEW_MOVES } from '../messaging/protocol/scoring';
import { calibrate, previewModelChange } from '../scoring';
import type { BackgroundContext } from './context';
import { rescoreProgress, scoredHistories, startRescore } from './rescore';

export async function getScoringModel(ctx: BackgroundContext): Promise<ResponseOf<'scoring.getModel'>> {
  return { model: await ctx.scoringModel() };
}

/** `scoring.preview`: every lead scored under the saved model and under the draft, at one `now`. */
export async function previewScoringModel(
  ctx: BackgroundContext,
  { model }: ParsedRequestOf<'scoring.preview'>,
): Promise<ResponseOf<'scoring.preview'>> {
  const [current, items] = await Promise.all([ctx.scoringModel(), ctx.repo.allLeadsWithTimes()]);
  const leads = items.map((item) => item.lead);
  const preview = previewModelChange(leads, await scoredHistories(ctx, items), current, model, ctx.now());
  // The biggest jumps first: they are what the user wants to check before saving.
  const moves = preview.moves
    .sort((a, b) => Math.abs(b.toScore - b.fromScore) - Math.abs(a.toScore - a.fromScore))
    .slice(0, MAX_PREVIEW_MOVES);
  return { ...preview, moves };
}

/**
 * `scoring.saveModel`: stores the model one version above the saved one (so every stored score
 * is known to be stale), then re-scores in the background and answers without waiting.
 */
export async function saveScoringModel(
  ctx: BackgroundContext,
  { model }: ParsedRequestOf<'scoring.saveModel'>,
): Promise<ResponseOf<'scoring.saveModel'>> {
  const current = await ctx.scoringModel();
  const next = { ...model, version: Math.max(current.version, model.version) + 1 };
  await ctx.saveScoringModel(next);
  return { model: next, jobId: startRescore(ctx, next) };
}

export async function scoringProgress(ctx: BackgroundContext): Promise<ResponseOf<'scoring.progress'>> {
  return rescoreProgress(ctx);
}

/** `scoring.calibrate`: the closed leads (won or lost) against the saved model, or the one given. */
export async function calibrateScoringModel(
  ctx: BackgroundContext,
  { model }: ParsedRequestOf<'scoring.calibrate'>,
): Promise<ResponseOf<'scoring.calibrate'>> {
  const [saved, items] = await Promise.all([ctx.scoringModel(), ctx.repo.allLeadsWithTimes()]);
  const closed = items.filter(({ lead }) => lead.status === 'won' || lead.status === 'lost');
  return calibrate(closed.map((item) => item.lead), await scoredHistories(ctx, closed), model ?? saved, ctx.now());
}
