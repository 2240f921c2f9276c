import { BackupSnapshot, exportBackup, exportCsv } from '../io';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { compareLeads, type Lead, matchesQuery } from '../model';
import { parseActivityRows, parseLeadRows } from '../db/rows';
import type { BackgroundContext } from './context';
import { firstPart } from './io-transfer';

/** `2026-11-02` in UTC, for file names. */
function day(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Oldest first, so a spreadsheet of everything reads as the pipeline grew. */
const byCreated = (a: Lead, b: Lead) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `io.exportCsv`: every lead, or the current view (a query's filters and sort, all pages). */
export async function exportLeadsCsv(
  ctx: BackgroundContext,
  { columnSet, query }: ParsedRequestOf<'io.exportCsv'>,
): Promise<ResponseOf<'io.exportCsv'>> {
  const settings = await ctx.settings();
  const now = ctx.now();
  let leads = await ctx.repo.allLeads();
  if (query) {
    const matchCtx = { now, qualifiedMinYes: settings.qualifiedMinYes };
    const full = { ...query, offset: 0, limit: leads.length || 1 };
    leads = leads.filter((lead) => matchesQuery(lead, full, matchCtx)).sort(compareLeads(query.sort, query.direction));
  } else {
    leads.sort(byCreated);
  }
  const text = exportCsv(leads, columnSet, { stages: settings.stages });
  return { filename: `pipewell-${columnSet}-${day(now)}.csv`, count: leads.length, ...firstPart(ctx, text) };
}

/**
 * `io.backup`: the whole database. A stored row that no longer reads as a lead or activity
 * cannot restore either, so it is left out and counted in `skipped` for the page to say so.
 */
export async function backupAll(ctx: BackgroundContext): Promise<ResponseOf<'io.backup'>> {
  const content = await ctx.repo.exportAll();
  const leads = parseLeadRows(content.leads);
  const activities = parseActivityRows(content.activities);
  const snapshots = content.snapshots.filter((row) => BackupSnapshot.safeParse(row).success);
  const [settings, scoringModel] = await Promise.all([ctx.settings(), ctx.scoringModel()]);
  const now = ctx.now();
  const text = exportBackup({ leads, activities, snapshots, settings, scoringModel }, now);
  const skipped = content.leads.length - leads.length + content.activities.length - activities.length + content.snapshots.length - snapshots.length;
  return {
    filename: `pipewell-backup-${day(now)}.json`,
    leads: leads.length,
    activities: activities.length,
    skipped,
    ...firstPart(ctx, text),
  };
}
