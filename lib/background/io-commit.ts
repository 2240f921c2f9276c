import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import type { Activity, Lead } from '../model';
import { type BackgroundContext, makeActivity, scoreSync } from './context';
import { mergeImported } from './import-merge';
import { dropSession, findSession } from './io-plan-session';

const SOURCE = { source: 'import' } as const;

/**
 * `io.commitImport`: every planned new lead with a `captured` activity, every merge with a
 * `merged` one, each lead scored, all in one repository transaction. The plan is spent either
 * way: a failed commit is checked again from the file, against what the database holds then.
 */
export async function commitImport(ctx: BackgroundContext, { planId }: ParsedRequestOf<'io.commitImport'>): Promise<ResponseOf<'io.commitImport'>> {
  const session = findSession(ctx, planId);
  dropSession(ctx, planId);
  const now = ctx.now();
  const created = session.newLeads.map((lead) => {
    const activity = makeActivity(ctx, lead.id, 'captured', now, 'Imported from a CSV file', { data: SOURCE });
    return { lead: scoreSync(ctx, lead, [activity]), activities: [activity] };
  });
  const merges = [...session.merges].map(([leadId, patch]) => ({
    leadId,
    apply: (lead: Lead, history: Activity[]) => {
      const { lead: next, changed } = mergeImported(lead, patch, now);
      const summary = changed.length ? `Updated from a CSV file: ${changed.join(', ')}` : 'Found again in a CSV file';
      const activity = makeActivity(ctx, leadId, 'merged', now, summary, { data: SOURCE });
      return { lead: scoreSync(ctx, next, [...history, activity]), activities: [activity] };
    },
  }));
  await ctx.repo.commitImport(created, merges, session.stored.writes);
  ctx.onLeadsChanged();
  return { created: created.length, merged: merges.length };
}
