import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import type { Activity, Lead } from '../model';
import { type BackgroundContext, makeActivity, scoreSync } from './context';
import { reviewEdit } from './review-edits';

/**
 * `hygiene.bulk`: one review action on a selection. Every id is checked before anything is
 * written, and all leads and activities land in one transaction (`putLeads`): the selection
 * changes whole or not at all. The leads are read before that transaction, so a capture of one
 * of them in the same instant could be overwritten; reviews are user-paced, so that window is
 * accepted rather than adding a multi-lead read-modify-write to the repository.
 */
export async function bulkReview(
  ctx: BackgroundContext,
  request: ParsedRequestOf<'hygiene.bulk'>,
): Promise<ResponseOf<'hygiene.bulk'>> {
  const settings = await ctx.settings();
  const ids = [...new Set(request.ids)];
  const found = await Promise.all(ids.map((id) => ctx.repo.getLead(id)));
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length) throw new Error(`no lead with id ${missing.join(', ')}; nothing was changed`);
  const edit = reviewEdit(request.action, { ...request, lostStage: settings.stages.find((s) => s.kind === 'lost') });
  const now = ctx.now();
  const leads: Lead[] = [];
  const activities: Activity[] = [];
  for (const lead of found as Lead[]) {
    const activity = makeActivity(ctx, lead.id, edit.type, now, edit.summary);
    const history = [...(await ctx.repo.listActivities(lead.id)), activity];
    leads.push(scoreSync(ctx, edit.apply(lead, now), history));
    activities.push(activity);
  }
  await ctx.repo.putLeads(leads, activities);
  ctx.onLeadsChanged();
  return { updated: leads.length };
}
