import { type Backup, parseBackup } from '../io';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { DEFAULT_SCORING_MODEL } from '../model';
import type { BackgroundContext } from './context';
import { dropAllSessions } from './io-plan-session';
import { uploadedText } from './io-transfer';

// The backup a dry run checked, kept parsed for the restore the user then confirms (one at a time).
const checked = new WeakMap<BackgroundContext, { uploadId: string; backup: Backup }>();

export const isBackupHeld = (ctx: BackgroundContext, id: string) => checked.get(ctx)?.uploadId === id;

function readBackup(ctx: BackgroundContext, { text, uploadId }: ParsedRequestOf<'io.restore'>): Backup {
  const held = checked.get(ctx);
  if (uploadId !== undefined && held?.uploadId === uploadId) return held.backup;
  const parsed = parseBackup(text ?? uploadedText(ctx, uploadId!, true));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

/**
 * `io.restore`: a backup validated whole (lib/io's parseBackup: its kind, its version, every
 * record), then everything replaced in one transaction. The caches of settings and scoring
 * model are reset to the restored ones; plans made against the old data are dropped.
 */
export async function restoreBackup(ctx: BackgroundContext, request: ParsedRequestOf<'io.restore'>): Promise<ResponseOf<'io.restore'>> {
  const backup = readBackup(ctx, request);
  const summary = {
    leads: backup.leads.length,
    activities: backup.activities.length,
    snapshots: backup.snapshots.length,
    exportedAt: backup.exportedAt,
    restored: false,
  };
  if (request.dryRun) {
    if (request.uploadId !== undefined) checked.set(ctx, { uploadId: request.uploadId, backup });
    return summary;
  }
  checked.delete(ctx);
  const model = backup.scoringModel ?? DEFAULT_SCORING_MODEL;
  await ctx.repo.replaceAll({
    leads: backup.leads,
    activities: backup.activities,
    snapshots: backup.snapshots,
    meta: [
      { key: 'settings', value: backup.settings },
      { key: 'scoringModel', value: model },
    ],
  });
  await ctx.saveSettings(backup.settings);
  await ctx.saveScoringModel(model);
  dropAllSessions(ctx);
  ctx.onLeadsChanged();
  return { ...summary, restored: true };
}
