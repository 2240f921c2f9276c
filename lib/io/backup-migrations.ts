/*
 * Older backup files, step by step up to the current version. A shipped step is never edited:
 * a backup written years ago must still restore. Each step takes and gives plain JSON; the
 * result is validated against the current schema afterwards (backup.ts).
 */
import { fail, ok, type Result } from './result';

type Json = Record<string, unknown>;

export const BACKUP_VERSION = 1;

/** Version n → n + 1. */
const STEPS: Record<number, (doc: Json) => Json> = {
  /*
   * v0 (before the first release): the deal was nested as `deal: { value, currency }` on each
   * lead, there were no pipeline snapshots, and `exportedAt` was epoch milliseconds.
   */
  0: (doc) => ({
    ...doc,
    version: 1,
    exportedAt: typeof doc.exportedAt === 'number' ? new Date(doc.exportedAt).toISOString() : doc.exportedAt,
    leads: Array.isArray(doc.leads) ? doc.leads.map(unnestDeal) : doc.leads,
    snapshots: doc.snapshots ?? [],
  }),
};

function unnestDeal(lead: unknown): unknown {
  if (!lead || typeof lead !== 'object' || !('deal' in lead)) return lead;
  const { deal, ...rest } = lead as Json & { deal?: { value?: unknown; currency?: unknown } };
  return { ...rest, dealValue: deal?.value ?? undefined, currency: deal?.currency ?? rest.currency };
}

/** The document brought to BACKUP_VERSION, or the reason it cannot be. */
export function migrateBackup(doc: Json): Result<Json> {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('This backup has no valid version number.');
  }
  if (version > BACKUP_VERSION) {
    return fail(`This backup was made by a newer Pipewell (backup version ${version}; this one reads up to ${BACKUP_VERSION}). Update Pipewell and try again.`);
  }
  let current = doc;
  for (let v = version; v < BACKUP_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return fail(`No migration from backup version ${v}.`);
    current = step(current);
  }
  return ok(current);
}
