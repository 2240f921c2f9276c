import type { ColumnMapping } from '../io';
import type { LeadPatch } from '../io/lead-patch';
import type { Lead } from '../model';
import type { BackgroundContext } from './context';

/** An import being planned chunk by chunk; kept in memory until it is committed or replaced. */
export interface PlanSession {
  id: string;
  headers: string[];
  mapping: ColumnMapping;
  /** Ids for the new leads: one random id per plan, then a count (see `idSequence`). */
  newId: () => string;
  /** Settles when the chunks received so far are planned: the next one waits for it. */
  turn: Promise<unknown>;
  /** The row number the next chunk must start at: chunks arrive in file order. */
  nextRow: number;
  newLeads: Lead[];
  /** Stored leads the file names, by id, with what the file says about them. */
  merges: Map<string, LeadPatch>;
  /** Identity keys and lead ids seen so far → a planned new lead (`newSlot`) or a stored lead id. */
  slots: Map<string, string>;
  /** What the database held when planning started; `writes` tells the commit whether that changed. */
  stored: { ids: Set<string>; identities: Map<string, string>; writes: number };
  rows: number;
  rejectedCount: number;
  warningCount: number;
}

/*
 * A planned new lead's slot, as the planner's lookup answers it: NUL cannot occur in a lead id
 * read from a file (text-encoding.ts refuses NUL), so it never collides with a stored id.
 */
export const newSlot = (index: number) => `\u0000${index}`;
export const slotIndex = (slot: string): number | undefined => (slot.startsWith('\u0000') ? Number(slot.slice(1)) : undefined);

/**
 * Unique lead ids from one random id: `<uuid>-<n>`. A random UUID per row was a tenth of the
 * plan's time in the service worker (profiled, Chromium, 10,000 rows).
 */
export function idSequence(base: string): () => string {
  let count = 0;
  return () => `${base}-${(count++).toString(36)}`;
}

// One import at a time is what the page does; a couple more cover a second tab.
const KEPT = 3;
const sessions = new WeakMap<BackgroundContext, Map<string, PlanSession>>();

function sessionsOf(ctx: BackgroundContext): Map<string, PlanSession> {
  let found = sessions.get(ctx);
  if (!found) sessions.set(ctx, (found = new Map()));
  return found;
}

export function keepSession(ctx: BackgroundContext, session: PlanSession): void {
  const all = sessionsOf(ctx);
  all.set(session.id, session);
  for (const oldest of all.keys()) {
    if (all.size <= KEPT) break;
    all.delete(oldest);
  }
}

export function findSession(ctx: BackgroundContext, id: string): PlanSession {
  const session = sessionsOf(ctx).get(id);
  if (!session) throw new Error('this import check is no longer available (Pipewell restarted or another import replaced it); check the file again');
  return session;
}

export const isSessionHeld = (ctx: BackgroundContext, id: string) => sessionsOf(ctx).has(id);

export const dropSession = (ctx: BackgroundContext, id: string) => sessionsOf(ctx).delete(id);

/** After a restore every plan is stale: it was checked against leads that are gone. */
export const dropAllSessions = (ctx: BackgroundContext) => sessionsOf(ctx).clear();
