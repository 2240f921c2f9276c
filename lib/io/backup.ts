import { z } from 'zod';
import { Activity, Lead, ScoringModel, Settings } from '../model';
import { BACKUP_VERSION, migrateBackup } from './backup-migrations';
import { fail, ok, type Result } from './result';
import { checkText } from './text-encoding';

export const BACKUP_FORMAT = 'pipewell-backup';

/** A daily pipeline snapshot as stored (lib/db SnapshotRow); its figures are checked by lib/pipeline on read. */
export const BackupSnapshot = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  at: z.number().int(),
  metrics: z.unknown(),
});
export type BackupSnapshot = z.infer<typeof BackupSnapshot>;

/** Everything a restore needs. */
export interface BackupData {
  leads: Lead[];
  activities: Activity[];
  snapshots: BackupSnapshot[];
  settings: Settings;
  /** Absent in backups made before scoring models could be edited: keep the default then. */
  scoringModel?: ScoringModel;
}

export interface Backup extends BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
}

/**
 * The backup file's text: compact JSON, header fields first so a person can tell what it is.
 * U+FFFD is written escaped, so a raw one in a file can only be decoding damage (checkText),
 * while one that really was in a note still comes back.
 */
export function exportBackup(db: BackupData, now: number): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), ...db };
  return JSON.stringify(backup).replace(/\uFFFD/g, '\\ufffd');
}

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  leads: z.array(Lead),
  activities: z.array(Activity),
  snapshots: z.array(BackupSnapshot),
  settings: Settings,
  scoringModel: ScoringModel.optional(),
});

/**
 * A backup file, validated and brought up to the current version, or a sentence saying what
 * is wrong: not UTF-8, not JSON, JSON of another kind, a newer version, or the first damaged
 * record with its path (`leads[3].email: …`).
 */
export function parseBackup(text: string): Result<Backup> {
  const checked = checkText(text);
  if (!checked.ok) return checked;
  let doc: unknown;
  try {
    doc = JSON.parse(checked.data);
  } catch (error) {
    return fail(`This file is not a Pipewell backup: it is not valid JSON (${(error as Error).message}).`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !('format' in doc)) {
    return fail('This JSON file is not a Pipewell backup: it has no "format": "pipewell-backup".');
  }
  if (doc.format !== BACKUP_FORMAT) {
    return fail(`This JSON file is not a Pipewell backup: its format is “${String(doc.format).slice(0, 60)}”.`);
  }
  const migrated = migrateBackup(doc as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = BackupSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`This backup is damaged: ${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}.`);
  }
  const ids = new Set<string>();
  for (const [i, lead] of parsed.data.leads.entries()) {
    if (ids.has(lead.id)) return fail(`This backup is damaged: leads[${i}].id: “${lead.id}” appears twice.`);
    ids.add(lead.id);
  }
  return ok(parsed.data);
}

/** `leads[3].bant.need` from zod's ['leads', 3, 'bant', 'need']. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') || 'file';
}
