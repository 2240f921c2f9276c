import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { type BackgroundContext, makeActivity, scoreSync } from './context';
import { leadEdit } from './lead-edits';

/**
 * `hygiene.bulk`: one review action on a selection, read and written in one transaction: the
 * selection changes whole or not at all, and nothing written meanwhile is overwritten.
 */
export async function bulkReview(
  ctx: BackgroundContext,
  request: ParsedRequestOf<'hygiene.bulk'>,
): Promise<ResponseOf<'hygiene.bulk'>> {
  const settings = await ctx.settings();
  const edit = leadEdit(request.action, { ...request, lostStage: settings.stages.find((s) => s.kind === 'lost') });
  const now = ctx.now();
  const leads = await ctx.repo.mutateLeads([...new Set(request.ids)], (lead, activities) => {
    const activity = makeActivity(ctx, lead.id, edit.type, now, edit.summary);
    return { lead: scoreSync(ctx, edit.apply(lead, now), [...activities, activity]), activities: [activity] };
  });
  ctx.onLeadsChanged();
  return { updated: leads.length };
}
