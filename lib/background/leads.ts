import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { type Activity, applyUserEdit, type ActivityType, BANT_KEYS, type Lead, moveToStage } from '../model';
import { applyQualification } from './capture';
import { type BackgroundContext, makeActivity, scoreSync } from './context';
import { type LeadEdit, leadEdit } from './lead-edits';

/** One atomic change to a lead that logs an activity and re-scores it; throws when it is gone. */
async function change(
  ctx: BackgroundContext,
  id: string,
  type: ActivityType,
  summary: string,
  edit: (lead: Lead, now: number) => Lead,
): Promise<{ lead: Lead }> {
  const now = ctx.now();
  const lead = await ctx.repo.mutateLead(id, (current, activities) => {
    const activity = makeActivity(ctx, id, type, now, summary);
    const next = edit(current, now);
    return { lead: scoreSync(ctx, next, [...activities, activity]), activities: [activity] };
  });
  if (!lead) throw new Error(`no lead with id ${id}`);
  ctx.onLeadsChanged();
  return { lead };
}

export async function getLead(ctx: BackgroundContext, { id }: ParsedRequestOf<'lead.get'>): Promise<ResponseOf<'lead.get'>> {
  const lead = await ctx.repo.getLead(id);
  if (!lead) throw new Error(`no lead with id ${id}`);
  const activities = await ctx.repo.listActivities(id);
  return { lead: withReasons(ctx, lead, activities), activities: activities.reverse() };
}

/**
 * The lead with the reasons behind its score. Scores are stored without them (lead rows and the
 * score book); scoring the lead again as writes score it, with the same model at the same time,
 * gives them and the same total. A score from another model version is shown without reasons.
 */
function withReasons(ctx: BackgroundContext, lead: Lead, activities: Activity[]): Lead {
  const stored = lead.score;
  if (!stored || stored.reasons.length > 0) return lead;
  const score = ctx.score(lead, activities, stored.scoredAt);
  return score && score.modelVersion === stored.modelVersion && score.total === stored.total ? { ...lead, score } : lead;
}

export async function listLeads(ctx: BackgroundContext, query: ParsedRequestOf<'lead.list'>): Promise<ResponseOf<'lead.list'>> {
  const settings = await ctx.settings();
  return ctx.repo.listLeads(query, { now: ctx.now(), qualifiedMinYes: settings.qualifiedMinYes });
}

export async function updateLead(ctx: BackgroundContext, request: ParsedRequestOf<'lead.update'>): Promise<ResponseOf<'lead.update'>> {
  const settings = await ctx.settings();
  const bantChanged = request.qualification?.bant !== undefined;
  const type: ActivityType = bantChanged ? 'qualification_changed' : request.qualification?.notes ? 'note_added' : 'field_updated';
  return change(ctx, request.id, type, describeUpdate(request), (lead, now) => {
    let next = request.fields ? applyUserEdit(lead, request.fields, now) : { ...lead, updatedAt: now };
    next = applyQualification(next, request.qualification, settings);
    if (request.tags) next.tags = request.tags;
    if (type !== 'field_updated') next.lastTouchAt = now;
    return next;
  });
}

function describeUpdate(request: ParsedRequestOf<'lead.update'>): string {
  const parts = [
    ...Object.keys(request.fields ?? {}),
    ...Object.keys(request.qualification ?? {}).filter((key) => key !== 'bant'),
    ...(request.qualification?.bant ? BANT_KEYS.map((k) => `${k}: ${request.qualification?.bant?.[k].answer}`) : []),
  ];
  return `Updated ${parts.join(', ')}`.slice(0, 500);
}

export async function moveLead(ctx: BackgroundContext, request: ParsedRequestOf<'lead.move'>): Promise<ResponseOf<'lead.move'>> {
  const settings = await ctx.settings();
  const stage = settings.stages.find((s) => s.id === request.stageId);
  if (!stage) throw new Error(`no stage "${request.stageId}"`);
  const type: ActivityType = stage.kind === 'won' ? 'won' : stage.kind === 'lost' ? 'lost' : 'stage_changed';
  const summary = `Moved to ${stage.name}${request.reason ? ` (${request.reason})` : ''}`;
  return change(ctx, request.id, type, summary, (lead, now) => {
    const moved = moveToStage(lead, stage, now);
    if (request.dealValue !== undefined) moved.dealValue = request.dealValue;
    if (stage.kind === 'lost') moved.lostReason = request.reason;
    return moved;
  });
}

/** Archive, touch and snooze share their edits with the review's bulk actions (lead-edits.ts). */
function applyEdit(ctx: BackgroundContext, id: string, edit: LeadEdit) {
  return change(ctx, id, edit.type, edit.summary, edit.apply);
}

export async function archiveLead(ctx: BackgroundContext, { id, reason }: ParsedRequestOf<'lead.archive'>) {
  return applyEdit(ctx, id, leadEdit('archive', { reason }));
}

export async function touchLead(ctx: BackgroundContext, { id, note }: ParsedRequestOf<'lead.touch'>) {
  return applyEdit(ctx, id, leadEdit('touch', { note }));
}

export async function snoozeLead(ctx: BackgroundContext, { id, days }: ParsedRequestOf<'lead.snooze'>) {
  return applyEdit(ctx, id, leadEdit('snooze', { days }));
}

export async function deleteLead(ctx: BackgroundContext, { id }: ParsedRequestOf<'lead.delete'>) {
  const deleted = (await ctx.repo.deleteLeads([id])) > 0;
  if (deleted) ctx.onLeadsChanged();
  return { deleted };
}

