import { type IDBPDatabase, unwrap } from 'idb';
import type { Activity, Lead, LeadQuery, QueryContext } from '../model';
import { Activity as ActivitySchema, compareLeads, Lead as LeadSchema, matchesQuery } from '../model';
import { parseActivityRows, parseLeadRow, parseLeadRows } from './rows';
import type { MetaRow, PipewellDb, SnapshotRow } from './schema';
import { ALL_STORES } from './schema';

/** What an atomic change produces: the lead to store (or none) and the activities to log. */
export interface LeadChange {
  lead: Lead;
  activities: Activity[];
}

export interface UpsertResult {
  lead: Lead;
  created: boolean;
  /** True when `dedupeKey` was seen before: nothing was written. */
  duplicate: boolean;
}

export interface BackupContent {
  leads: Lead[];
  activities: Activity[];
  snapshots: SnapshotRow[];
  meta: MetaRow[];
}

/** The one repository: domain types in and out, one transaction per operation. */
export function createRepository(db: IDBPDatabase<PipewellDb>) {
  async function putChange(
    tx: { objectStore(name: 'leads' | 'activities'): { put(value: never): Promise<unknown> } },
    change: LeadChange,
  ) {
    await tx.objectStore('leads').put(change.lead as never);
    for (const activity of change.activities) await tx.objectStore('activities').put(activity as never);
  }

  return {
    close: () => db.close(),

    async getLead(id: string): Promise<Lead | undefined> {
      return parseLeadRow(await db.get('leads', id));
    },

    /** Leads carrying any of the identity keys, keyed by the key that matched. */
    async findByIdentities(keys: string[]): Promise<Map<string, Lead>> {
      const tx = db.transaction('leads');
      const index = tx.store.index('identities');
      const found = new Map<string, Lead>();
      const rows = await Promise.all(keys.map((key) => index.get(key)));
      rows.forEach((row, i) => {
        const lead = row && parseLeadRow(row);
        if (lead) found.set(keys[i]!, lead);
      });
      await tx.done;
      return found;
    },

    async findByCompany(company: string): Promise<Lead[]> {
      return parseLeadRows(await db.getAllFromIndex('leads', 'company', company));
    },

    async allLeads(): Promise<Lead[]> {
      return parseLeadRows(await db.getAll('leads'));
    },

    async countLeads(): Promise<number> {
      return db.count('leads');
    },

    /**
     * A page of leads. Sorting by score walks the score index and stops once the page is full,
     * so the first page of a large pipeline costs a page of reads, not a scan; other sorts
     * filter and sort in memory.
     */
    async listLeads(query: LeadQuery, ctx: QueryContext): Promise<{ items: Lead[]; hasMore: boolean }> {
      if (query.sort === 'score') {
        const items: Lead[] = [];
        let skipped = 0;
        const direction = query.direction === 'desc' ? 'prev' : 'next';
        let cursor = await db.transaction('leads').store.index('score').openCursor(null, direction);
        while (cursor) {
          const lead = parseLeadRow(cursor.value);
          if (lead && matchesQuery(lead, query, ctx)) {
            if (items.length === query.limit) return { items, hasMore: true };
            if (skipped < query.offset) skipped += 1;
            else items.push(lead);
          }
          cursor = await cursor.continue();
        }
        // Leads without a score are not in the score index; they come last, after a scan that
        // only the end of the list pays for.
        for (const lead of (await this.allLeads()).filter((l) => !l.score && matchesQuery(l, query, ctx))) {
          if (items.length === query.limit) return { items, hasMore: true };
          if (skipped < query.offset) skipped += 1;
          else items.push(lead);
        }
        return { items, hasMore: false };
      }
      const all = (await this.allLeads()).filter((lead) => matchesQuery(lead, query, ctx));
      all.sort(compareLeads(query.sort, query.direction));
      return { items: all.slice(query.offset, query.offset + query.limit), hasMore: all.length > query.offset + query.limit };
    },

    async listActivities(leadId: string): Promise<Activity[]> {
      const range = IDBKeyRange.bound([leadId, -Infinity], [leadId, Infinity]);
      return parseActivityRows(await db.getAllFromIndex('activities', 'leadAt', range));
    },

    async allActivities(): Promise<Activity[]> {
      return parseActivityRows(await db.getAll('activities'));
    },

    async hasDedupeKey(key: string): Promise<boolean> {
      return (await db.getKeyFromIndex('activities', 'dedupeKey', key)) !== undefined;
    },

    /**
     * Finds the lead with any of `keys` and stores what `build` makes of it, in one transaction:
     * concurrent captures of one person serialise on the store and merge into one lead.
     */
    async upsertByIdentity(
      keys: string[],
      dedupeKey: string | undefined,
      build: (existing: Lead | undefined, activities: Activity[]) => LeadChange,
    ): Promise<UpsertResult> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      if (dedupeKey) {
        const seen = await tx.objectStore('activities').index('dedupeKey').get(dedupeKey);
        if (seen) {
          const lead = parseLeadRow(await tx.objectStore('leads').get(seen.leadId));
          await tx.done;
          if (lead) return { lead, created: false, duplicate: true };
          throw new Error('capture was recorded but its lead is gone');
        }
      }
      let existing: Lead | undefined;
      for (const key of keys) {
        existing = parseLeadRow(await tx.objectStore('leads').index('identities').get(key));
        if (existing) break;
      }
      const activities = existing ? await activitiesIn(tx, existing.id) : [];
      const change = build(existing, activities);
      await putChange(tx, change);
      await tx.done;
      return { lead: change.lead, created: !existing, duplicate: false };
    },

    /** Read-modify-write of one lead in one transaction; `fn` returning null changes nothing. */
    async mutateLead(id: string, fn: (lead: Lead, activities: Activity[]) => LeadChange | null): Promise<Lead | undefined> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      const lead = parseLeadRow(await tx.objectStore('leads').get(id));
      if (!lead) {
        await tx.done;
        return undefined;
      }
      const change = fn(lead, await activitiesIn(tx, id));
      if (change) await putChange(tx, change);
      await tx.done;
      return change?.lead ?? lead;
    },

    /**
     * Read-modify-write of several leads in one transaction: every lead is read first, and if
     * one is missing the transaction is aborted before anything is written (whole or nothing).
     */
    async mutateLeads(ids: string[], fn: (lead: Lead, activities: Activity[]) => LeadChange): Promise<Lead[]> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      const leads: Lead[] = [];
      for (const id of ids) {
        const lead = parseLeadRow(await tx.objectStore('leads').get(id));
        if (!lead) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new Error(`no lead with id ${id}; nothing was changed`);
        }
        leads.push(lead);
      }
      const changed: Lead[] = [];
      for (const lead of leads) {
        const change = fn(lead, await activitiesIn(tx, lead.id));
        await putChange(tx, change);
        changed.push(change.lead);
      }
      await tx.done;
      return changed;
    },

    /** Logs activities whose dedupe key is new; returns those written. */
    async addActivities(
      activities: Activity[],
      touch?: (lead: Lead, all: Activity[], added: Activity[]) => Lead,
    ): Promise<Activity[]> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      const store = tx.objectStore('activities');
      const added: Activity[] = [];
      for (const activity of activities) {
        if (activity.dedupeKey && (await store.index('dedupeKey').getKey(activity.dedupeKey))) continue;
        await store.put(activity);
        added.push(activity);
      }
      if (touch) {
        for (const leadId of new Set(added.map((a) => a.leadId))) {
          const lead = parseLeadRow(await tx.objectStore('leads').get(leadId));
          if (!lead) continue;
          const mine = added.filter((a) => a.leadId === leadId);
          await tx.objectStore('leads').put(touch(lead, await activitiesIn(tx, leadId), mine));
        }
      }
      await tx.done;
      return added;
    },

    /** Writes many leads in one transaction (re-scoring batches, imports). */
    async putLeads(leads: Lead[], activities: Activity[] = []): Promise<void> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      // Requests are queued at once, not awaited one by one: IndexedDB runs them in order anyway,
      // and a round trip per row costs more than the write itself.
      await Promise.all([
        ...leads.map((lead) => tx.objectStore('leads').put(lead)),
        ...activities.map((activity) => tx.objectStore('activities').put(activity)),
        tx.done,
      ]);
    },

    /**
     * Re-scoring: writes `after` for each pair whose stored row still has the fields and touches
     * of `before` and is not already scored by this model version or a newer one, in one
     * transaction. A batch computed from a snapshot never overwrites a lead another write
     * changed meanwhile (that write scored it already), nor brings back a deleted one.
     */
    async putLeadsIfUnchanged(pairs: { before: Lead; after: Lead }[]): Promise<number> {
      const tx = db.transaction('leads', 'readwrite');
      let written = 0;
      const rows = (await Promise.all(pairs.map(({ before }) => tx.store.get(before.id)))) as (Lead | undefined)[];
      const writes: Promise<unknown>[] = [];
      for (const [i, { before, after }] of pairs.entries()) {
        const stored = rows[i];
        if (!stored || stored.updatedAt !== before.updatedAt || stored.lastTouchAt !== before.lastTouchAt) continue;
        const rescoredSince = stored.score?.scoredAt !== before.score?.scoredAt;
        if (rescoredSince && (stored.score?.modelVersion ?? 0) >= (after.score?.modelVersion ?? 0)) continue;
        writes.push(tx.store.put(after));
        written += 1;
      }
      await Promise.all([...writes, tx.done]);
      return written;
    },

    /** Erases leads and every activity about them, in one transaction. */
    async deleteLeads(ids: string[]): Promise<number> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      let deleted = 0;
      for (const id of ids) {
        if (!(await tx.objectStore('leads').getKey(id))) continue;
        await tx.objectStore('leads').delete(id);
        const keys = await tx.objectStore('activities').index('leadId').getAllKeys(id);
        for (const key of keys) await tx.objectStore('activities').delete(key);
        deleted += 1;
      }
      await tx.done;
      return deleted;
    },

    async getMeta(key: string): Promise<unknown> {
      return (await db.get('meta', key))?.value;
    },

    async putMeta(key: string, value: unknown): Promise<void> {
      await db.put('meta', { key, value });
    },

    async putSnapshot(row: SnapshotRow): Promise<void> {
      await db.put('snapshots', row);
    },

    async listSnapshots(fromDay: string): Promise<SnapshotRow[]> {
      return db.getAll('snapshots', IDBKeyRange.lowerBound(fromDay));
    },

    async exportAll(): Promise<BackupContent> {
      const tx = db.transaction(ALL_STORES);
      const [leads, activities, snapshots, meta] = await Promise.all([
        tx.objectStore('leads').getAll(),
        tx.objectStore('activities').getAll(),
        tx.objectStore('snapshots').getAll(),
        tx.objectStore('meta').getAll(),
      ]);
      await tx.done;
      return { leads, activities, snapshots, meta };
    },

    /** Replaces everything with `content` in one transaction: a restore lands whole or not at all. */
    async replaceAll(content: BackupContent): Promise<void> {
      const tx = db.transaction(ALL_STORES, 'readwrite');
      await abortOnError(tx, async () => {
        // Requests run in the order they are queued: the clears, then every put (see queueWrites).
        for (const name of ALL_STORES) unwrap(tx.objectStore(name)).clear();
        queueWrites(unwrap(tx.objectStore('leads')), content.leads);
        queueWrites(unwrap(tx.objectStore('activities')), content.activities);
        queueWrites(unwrap(tx.objectStore('snapshots')), content.snapshots);
        queueWrites(unwrap(tx.objectStore('meta')), content.meta);
        await tx.done;
      });
    },

    /** Every stored lead id, and each identity key → its lead's id (what an import plans against). */
    async identityIndex(): Promise<{ ids: string[]; identities: Map<string, string> }> {
      const tx = db.transaction('leads');
      const ids = await tx.store.getAllKeys();
      const identities = new Map<string, string>();
      let cursor = await tx.store.index('identities').openKeyCursor();
      while (cursor) {
        if (!identities.has(cursor.key)) identities.set(cursor.key, cursor.primaryKey);
        cursor = await cursor.continue();
      }
      await tx.done;
      return { ids, identities };
    },

    /**
     * Writes an import in one transaction: the new leads (refused when an id or identity of
     * theirs was stored after the plan was made) and a read-modify-write of each merged lead.
     * Every lead and activity is checked against its schema first; any failure aborts the
     * transaction, so an import lands whole or not at all.
     */
    async commitImport(
      created: LeadChange[],
      merges: { leadId: string; apply: (lead: Lead, activities: Activity[]) => LeadChange }[],
    ): Promise<void> {
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      const leads = tx.objectStore('leads');
      const activities = tx.objectStore('activities');
      await abortOnError(tx, async () => {
        // Reads first, all queued at once: requests in one transaction run in order, before the writes.
        // An empty store has nothing to clash with (a first import on a new machine skips the lookups).
        const isEmpty = (await leads.count()) === 0;
        const keysOf = ({ lead }: LeadChange) => [leads.getKey(lead.id), ...lead.identities.map((key) => leads.index('identities').getKey(key))];
        const [taken, stored] = await Promise.all([
          Promise.all(isEmpty ? [] : created.map((change) => Promise.all(keysOf(change)))),
          Promise.all(merges.map(async (m) => [parseLeadRow(await leads.get(m.leadId)), await activitiesIn(tx, m.leadId)] as const)),
        ]);
        const clash = taken.findIndex((keys) => keys.some((key) => key !== undefined));
        if (clash >= 0) throw new Error(`${created[clash]!.lead.name} was added to Pipewell after the check; check the file again`);
        const changes = merges.map((merge, i) => {
          const [lead, history] = stored[i]!;
          if (!lead) throw new Error(`lead ${merge.leadId} was deleted after the check; check the file again`);
          return merge.apply(lead, history);
        });
        const all = [...created, ...changes].map(checkChange);
        queueWrites(unwrap(leads), all.map((c) => c.lead));
        queueWrites(unwrap(activities), all.flatMap((c) => c.activities));
        await tx.done;
      });
    },
  };
}

/**
 * Runs `work` and aborts the transaction when it throws. Without this, requests queued before a
 * throw (a put that throws at once on a row without a key, a schema check) would still commit.
 */
async function abortOnError(tx: { abort(): void; done: Promise<void> }, work: () => Promise<void>): Promise<void> {
  tx.done.catch(() => undefined); // awaited by `work`; this only keeps an abort from going unhandled
  try {
    await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failed request.
    }
    throw error;
  }
}

/**
 * Queues a put per value on a raw store (`unwrap`), without the promise idb makes per request: for the
 * 100,000 rows of a large import or restore those cost a third of the write time (measured in
 * Chromium, 2026-11). A failed put aborts the transaction, and the caller's `tx.done` rejects.
 */
function queueWrites(store: IDBObjectStore, values: readonly unknown[]): void {
  for (const value of values) store.put(value);
}

/** The change as its schemas read it, or an error naming the lead and the first bad field. */
function checkChange(change: LeadChange): LeadChange {
  const lead = LeadSchema.safeParse(change.lead);
  const bad = lead.success ? change.activities.map((a) => ActivitySchema.safeParse(a)).find((a) => !a.success) : lead;
  if (bad && !bad.success) {
    const issue = bad.error.issues[0];
    throw new Error(`“${change.lead.name}” cannot be stored: ${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
  }
  return { lead: lead.data!, activities: change.activities };
}

type ActivityTx = { objectStore(name: 'activities'): { index(name: 'leadAt'): { getAll(range: IDBKeyRange): Promise<unknown[]> } } };

/** A lead's activities, oldest first, read inside the caller's transaction. */
async function activitiesIn(tx: ActivityTx, leadId: string): Promise<Activity[]> {
  const range = IDBKeyRange.bound([leadId, -Infinity], [leadId, Infinity]);
  return parseActivityRows(await tx.objectStore('activities').index('leadAt').getAll(range));
}

export type Repository = ReturnType<typeof createRepository>;
