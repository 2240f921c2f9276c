import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import type { Qualification } from '../messaging/protocol';
import { createLead, fieldsFromProspect, identityKeys, type Lead, mergeFields, type Settings } from '../model';
import { type BackgroundContext, makeActivity, scoreSync } from './context';

/**
 * `lead.capture`: a known person merges into their lead (one transaction, so ten captures of
 * one person at once leave one lead); a new person becomes a lead in the first open stage.
 */
export async function captureLead(
  ctx: BackgroundContext,
  request: ParsedRequestOf<'lead.capture'>,
): Promise<ResponseOf<'lead.capture'>> {
  const { prospect, qualification, captureId } = request;
  if (prospect.kind !== 'person') throw new Error('only people can be captured as leads');
  const fields = fieldsFromProspect(prospect);
  const keys = identityKeys(fields);
  if (keys.length === 0) throw new Error('a lead needs an email or a LinkedIn profile URL');
  const settings = await ctx.settings();
  const now = ctx.now();
  const result = await ctx.repo.upsertByIdentity(keys, `capture:${captureId}`, (existing, activities) => {
    const source = prospect.source;
    if (existing) {
      const merged = applyQualification(mergeFields(existing, fields, now).lead, qualification, settings);
      const activity = makeActivity(ctx, existing.id, 'merged', now, `Seen again on ${source}`, {
        dedupeKey: `capture:${captureId}`,
        data: { source, url: prospect.sourceUrl },
      });
      return { lead: scoreSync(ctx, merged, [...activities, activity]), activities: [activity] };
    }
    const stageId = firstOpenStage(settings, qualification?.stageId);
    const lead = createLead({
      id: ctx.newId(),
      fields: { ...fields, name: prospect.name },
      source,
      sourceUrl: prospect.sourceUrl,
      stageId,
      currency: qualification?.currency ?? settings.defaultCurrency,
      now,
    });
    const qualified = applyQualification(lead, qualification, settings);
    const activity = makeActivity(ctx, lead.id, 'captured', now, `Captured from ${source}`, {
      dedupeKey: `capture:${captureId}`,
      data: { source, url: prospect.sourceUrl },
    });
    return { lead: scoreSync(ctx, qualified, [activity]), activities: [activity] };
  });
  if (!result.duplicate) ctx.onLeadsChanged();
  return result;
}

function firstOpenStage(settings: Settings, wanted: string | undefined): string {
  const stage = settings.stages.find((s) => s.id === wanted) ?? settings.stages.find((s) => s.kind === 'open');
  if (!stage) throw new Error('no open stage is configured');
  return stage.id;
}

/** The qualification card's answers land as the user's own edits. */
export function applyQualification(lead: Lead, q: Qualification | undefined, settings: Settings): Lead {
  if (!q) return lead;
  const next: Lead = { ...lead };
  if (q.bant) next.bant = q.bant;
  if (q.dealValue !== undefined) next.dealValue = q.dealValue;
  if (q.currency) next.currency = q.currency;
  if (q.nextStep !== undefined) next.nextStep = q.nextStep || undefined;
  if (q.nextStepAt !== undefined) next.nextStepAt = q.nextStepAt;
  if (q.notes) next.notes = next.notes ? `${next.notes}\n\n${q.notes}` : q.notes;
  if (q.stageId && q.stageId !== lead.stageId && settings.stages.some((s) => s.id === q.stageId && s.kind === 'open')) {
    next.stageId = q.stageId;
    next.stageHistory = [...lead.stageHistory, { stageId: q.stageId, at: lead.updatedAt }];
  }
  return next;
}
