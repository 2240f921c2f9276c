import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { DAY_MS, retentionDue } from '../pipeline';
import type { BackgroundContext } from './context';
import type { Job } from './jobs';

/** `hygiene.retention`: archived and lost leads that go within `horizonDays`, and when. */
export async function retentionPreview(
  ctx: BackgroundContext,
  { horizonDays }: ParsedRequestOf<'hygiene.retention'>,
): Promise<ResponseOf<'hygiene.retention'>> {
  const { retentionMonths } = await ctx.settings();
  const due = retentionDue(await ctx.repo.allLeads(), retentionMonths, ctx.now(), horizonDays * DAY_MS);
  return {
    retentionMonths,
    items: due.map(({ lead, closedAt, deleteAt }) => ({
      id: lead.id,
      name: lead.name,
      company: lead.company,
      status: lead.status === 'lost' ? 'lost' : 'archived',
      closedAt,
      deleteAt,
    })),
  };
}

/** Deletes the closed leads whose retention has run out, with every activity about them. */
export async function applyRetention(ctx: BackgroundContext): Promise<number> {
  const { retentionMonths } = await ctx.settings();
  const due = retentionDue(await ctx.repo.allLeads(), retentionMonths, ctx.now());
  if (due.length === 0) return 0;
  const deleted = await ctx.repo.deleteLeads(due.map((item) => item.lead.id));
  if (deleted) ctx.onLeadsChanged();
  return deleted;
}

export const retentionJob: Job = {
  name: 'retention',
  periodInMinutes: 24 * 60,
  run: async (ctx) => {
    await applyRetention(ctx);
  },
};
