import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { type ActivityType, type Lead, moveToStage, Settings, type Stage } from '../model';
import { type BackgroundContext, makeActivity, scoreSync } from './context';
import { groupByLead } from './rescore';

function activityType(stage: Stage): ActivityType {
  return stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : 'stage_changed';
}

/** An archived lead changes stage but stays archived: removing a stage is not a reopening. */
function relocate(lead: Lead, target: Stage, now: number): Lead {
  const moved = moveToStage(lead, target, now);
  if (lead.status !== 'archived') return moved;
  return { ...moved, status: 'archived', closedAt: lead.closedAt, lostReason: lead.lostReason, lastTouchAt: lead.lastTouchAt };
}

/**
 * `stage.remove`: moves every lead of the stage to `moveTo` (each move in its stage history,
 * with a logged activity) and then drops the stage. The leads move first, in one transaction:
 * if saving the settings then fails, the stage is merely empty, never holding orphans.
 */
export async function removeStage(
  ctx: BackgroundContext,
  { stageId, moveTo }: ParsedRequestOf<'stage.remove'>,
): Promise<ResponseOf<'stage.remove'>> {
  const settings = await ctx.settings();
  const stage = settings.stages.find((s) => s.id === stageId);
  const target = settings.stages.find((s) => s.id === moveTo);
  if (!stage) throw new Error(`no stage "${stageId}"`);
  if (!target || target.id === stageId) throw new Error(`choose another stage to move the leads of ${stage.name} to`);
  const next = Settings.parse({ ...settings, stages: settings.stages.filter((s) => s.id !== stageId) });
  if (!next.stages.some((s) => s.kind === 'open')) throw new Error('at least one open stage is needed');

  const now = ctx.now();
  const leads = (await ctx.repo.allLeads()).filter((lead) => lead.stageId === stageId);
  const ids = new Set(leads.map((lead) => lead.id));
  const byLead = groupByLead((await ctx.repo.allActivities()).filter((a) => ids.has(a.leadId)));
  const activities = leads.map((lead) =>
    makeActivity(ctx, lead.id, activityType(target), now, `Moved to ${target.name} (${stage.name} was removed)`),
  );
  const moved = leads.map((lead, i) =>
    scoreSync(ctx, relocate(lead, target, now), [...(byLead.get(lead.id) ?? []), activities[i]!]),
  );
  if (moved.length) await ctx.repo.putLeads(moved, activities);
  await ctx.saveSettings(next);
  ctx.onLeadsChanged();
  return { settings: next, moved: moved.length };
}
