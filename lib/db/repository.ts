import type { IDBPDatabase } from 'idb';
import type { Activity, Lead, LeadQuery, QueryContext } from '../model';
import { compareLeads, matchesQuery } from '../model';
import { withoutLeads } from './activity-batches';
import { timesOf } from './activity-times';
import { commitImportIn, type ImportMerge, replaceAllIn } from './bulk-writes';
import { activitiesIn, groupByLead, type LeadTx } from './lead-activities';
import { allRows, countRows, findRow, findRowByIdentity, findRows, rowsForWrite, rowsOfCompany, settleBatches } from './lead-batches';
import { type LeadWithTimes, rowOf, timesAfter, withTimes } from './lead-rows';
import { parseActivityRows, parseLeadRow, parseLeadFields, parseLeadRows } from './rows';
import { type BookEntry, createScoreTable, entryOf, rescoreBuckets, writeBook } from './score-book';
import type { ActivityBatchRow, BookFacts, BookScore, LeadRow, MetaRow, PipewellDb, SnapshotRow } from './schema';
import { BACKED_UP_STORES, LEAD_STORES, ROW_STORES } from './schema';

export type { LeadWithTimes } from './lead-rows';

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

/**
 * A lead with the score the book holds for it: the row's own object when it is the same score (a
 * row written before version 5 may still carry its reasons), else the book's, which is newer after
 * a re-score. Either comes without reasons from rows written now; `lead.get` fills them in. A
 * lead the book does not know keeps its row's.
 */
function withBookScore(lead: Lead, scores: Map<string, BookScore | null>): Lead {
  const book = scores.get(lead.id);
  if (book === undefined) return lead;
  if (book === null) return lead.score ? { ...lead, score: undefined } : lead;
  const own = lead.score;
  if (own && own.scoredAt === book.scoredAt && own.modelVersion === book.modelVersion && own.total === book.total) return lead;
  return { ...lead, score: { ...book, reasons: [] } };
}

export interface RepositoryOptions {
  /**
   * Whether leads that an import or a restore wrote in batches are moved into rows of their own
   * right after it, in the background (the default); `false` leaves that to `settle` (tests).
   */
  settleInBackground?: boolean;
  /** Told when moving batched leads into rows starts, with its end (the worker keeps awake until then). */
  onSettling?: (running: Promise<void>) => void;
}

/** The one repository: domain types in and out, one transaction per operation. */
export function createRepository(db: IDBPDatabase<PipewellDb>, { settleInBackground = true, onSettling }: RepositoryOptions = {}) {
  const book = createScoreTable(db);
  let settling: Promise<void> | undefined;
  /**
   * Moves every batched lead into a row of its own, a few batches per transaction (other writes
   * take turns between them). Reads find a lead either way; rows are what single reads are fast on.
   */
  function settle(): Promise<void> {
    if (settling) return settling;
    settling = (async () => {
      try {
        // A read first: a worker's start finds none nearly always, and a read blocks no other read.
        if ((await db.count('leadBatches')) === 0) return;
        while ((await settleBatches(db)) > 0);
      } catch (error) {
        // The batches stay readable; the next bulk write or start of the worker tries again.
        console.warn('[pipewell] could not move imported leads into rows yet', error);
      } finally {
        settling = undefined;
      }
    })();
    onSettling?.(settling);
    return settling;
  }
  const settleAfterBulkWrite = () => {
    if (settleInBackground) void settle();
  };
  const scored = async (leads: Lead[]): Promise<Lead[]> => {
    const scores = await book.scores();
    return leads.map((lead) => withBookScore(lead, scores));
  };
  const scoredOne = async (lead: Lead | undefined): Promise<Lead | undefined> => lead && (await scored([lead]))[0];

  /*
   * Counts the writes that can add a lead id or identity, taken before their transaction opens.
   * A plan made from `identityIndex` at count n can skip the commit's clash lookups while the
   * count is still n: nothing was stored after the plan's read (only this worker writes).
   */
  let leadWrites = 0;
  const writeLeads = () => {
    leadWrites += 1;
    return db.transaction(LEAD_STORES, 'readwrite');
  };

  /** The lead with the times of `history` and the change's activities; then those activities as rows. */
  async function putChange(tx: LeadTx<'readwrite'>, change: LeadChange, history: readonly Activity[]): Promise<BookEntry> {
    const mine = change.activities.filter((a) => a.leadId === change.lead.id);
    const times = timesOf([...history, ...mine]);
    const row = rowOf(change.lead, times);
    await tx.objectStore('leads').put(row);
    for (const activity of change.activities) await tx.objectStore('activities').put(activity);
    const [stored] = await writeBook(tx, [entryOf(row, times)]);
    return stored!;
  }

  /** Lead rows put in `tx` (and ids erased), into the book in `tx`; into memory once `tx` commits. */
  async function commitWithBook(tx: LeadTx<'readwrite'>, entries: readonly BookEntry[], removed: readonly string[] = []) {
    const stored = await writeBook(tx, entries, removed);
    await tx.done;
    book.applyWrites(stored, removed);
  }

  return {
    close: () => db.close(),

    settle,

    /** Drops the scores held in memory (the lead rows were written around this repository). */
    forgetCached: () => book.reset(),

    async getLead(id: string): Promise<Lead | undefined> {
      return scoredOne(parseLeadRow(await findRow(db.transaction(ROW_STORES), id)));
    },

    /** Leads carrying any of the identity keys, keyed by the key that matched. */
    async findByIdentities(keys: string[]): Promise<Map<string, Lead>> {
      const tx = db.transaction(ROW_STORES);
      const found = new Map<string, Lead>();
      const rows = await Promise.all(keys.map((key) => findRowByIdentity(tx, key)));
      rows.forEach((row, i) => {
        const lead = row && parseLeadRow(row);
        if (lead) found.set(keys[i]!, lead);
      });
      await tx.done;
      const scores = await book.scores();
      for (const [key, lead] of found) found.set(key, withBookScore(lead, scores));
      return found;
    },

    async findByCompany(company: string): Promise<Lead[]> {
      return scored(parseLeadRows(await rowsOfCompany(db.transaction(ROW_STORES), company)));
    },

    async allLeads(): Promise<Lead[]> {
      return scored(parseLeadRows(await allRows(db.transaction(ROW_STORES))));
    },

    /** These fields of every lead, without parsing whole leads (the badge's count, the board's sums). */
    async allLeadFields<K extends keyof Lead>(fields: readonly K[]): Promise<Pick<Lead, K>[]> {
      return parseLeadFields(await allRows(db.transaction(ROW_STORES)), fields);
    },

    async countLeads(): Promise<number> {
      return countRows(db.transaction(ROW_STORES));
    },

    /**
     * A page of leads. Sorting by score walks the book's order (in memory) and reads rows a slice
     * at a time until the page is full, so the first page of a large pipeline costs a page of
     * reads, not a scan; leads without a score come last. Other sorts filter and sort in memory.
     */
    async listLeads(query: LeadQuery, ctx: QueryContext): Promise<{ items: Lead[]; hasMore: boolean }> {
      if (query.sort === 'score') {
        const order = await book.ordered(query.direction);
        const scores = await book.scores();
        const items: Lead[] = [];
        let skipped = 0;
        for (let from = 0; from < order.length; ) {
          // Small slices first (a first page rarely needs more), larger ones when filters skip many.
          const ids = order.slice(from, from + Math.min(1000, Math.max(50, query.limit + 1, from)));
          from += ids.length;
          const rows = await findRows(db.transaction(ROW_STORES), ids);
          for (const row of rows) {
            const lead = parseLeadRow(row);
            if (!lead) continue;
            const current = withBookScore(lead, scores);
            if (!matchesQuery(current, query, ctx)) continue;
            if (items.length === query.limit) return { items, hasMore: true };
            if (skipped < query.offset) skipped += 1;
            else items.push(current);
          }
        }
        return { items, hasMore: false };
      }
      const all = (await this.allLeads()).filter((lead) => matchesQuery(lead, query, ctx));
      all.sort(compareLeads(query.sort, query.direction));
      return { items: all.slice(query.offset, query.offset + query.limit), hasMore: all.length > query.offset + query.limit };
    },

    /** A lead's activities, oldest first. */
    async listActivities(leadId: string): Promise<Activity[]> {
      const tx = db.transaction(LEAD_STORES);
      const activities = await activitiesIn(tx, leadId);
      await tx.done;
      return activities;
    },

    /** Every activity: the rows, then the batched ones. */
    async allActivities(): Promise<Activity[]> {
      const tx = db.transaction(['activities', 'activityBatches']);
      const [rows, batches] = await Promise.all([tx.objectStore('activities').getAll(), tx.objectStore('activityBatches').getAll(), tx.done]);
      return parseActivityRows([...rows, ...batches.flatMap((b) => b.activities)]);
    },

    /** Each lead's activities, oldest first, read in one transaction. */
    async activitiesOf(leadIds: readonly string[]): Promise<Map<string, Activity[]>> {
      const tx = db.transaction(LEAD_STORES);
      const lists = await Promise.all(leadIds.map((id) => activitiesIn(tx, id)));
      await tx.done;
      return new Map(leadIds.map((id, i) => [id, lists[i]!]));
    },

    /** Every lead with the times of its activities (what scoring reads of them). */
    async allLeadsWithTimes(): Promise<LeadWithTimes[]> {
      const scores = await book.scores();
      return withTimes(await allRows(db.transaction(ROW_STORES))).map((item) => ({ ...item, lead: withBookScore(item.lead, scores) }));
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
      const tx = writeLeads();
      if (dedupeKey) {
        const seen = await tx.objectStore('activities').index('dedupeKey').get(dedupeKey);
        if (seen) {
          const lead = parseLeadRow(await findRow(tx, seen.leadId));
          await tx.done;
          if (lead) return { lead: (await scoredOne(lead))!, created: false, duplicate: true };
          throw new Error('capture was recorded but its lead is gone');
        }
      }
      let existing: Lead | undefined;
      for (const key of keys) {
        existing = parseLeadRow(await findRowByIdentity(tx, key));
        if (existing) break;
      }
      if (existing) await rowsForWrite(tx, [existing.id]); // out of its batch, if it is in one
      const activities = existing ? await activitiesIn(tx, existing.id) : [];
      const change = build(existing, activities);
      const entry = await putChange(tx, change, activities);
      await tx.done;
      book.applyWrites([entry]);
      return { lead: change.lead, created: !existing, duplicate: false };
    },

    /** Read-modify-write of one lead in one transaction; `fn` returning null changes nothing. */
    async mutateLead(id: string, fn: (lead: Lead, activities: Activity[]) => LeadChange | null): Promise<Lead | undefined> {
      const tx = writeLeads();
      const lead = parseLeadRow((await rowsForWrite(tx, [id])).get(id));
      if (!lead) {
        await tx.done;
        return undefined;
      }
      const history = await activitiesIn(tx, id);
      const change = fn(lead, history);
      const entry = change && (await putChange(tx, change, history));
      await tx.done;
      if (entry) book.applyWrites([entry]);
      return change?.lead ?? scoredOne(lead);
    },

    /**
     * Read-modify-write of several leads in one transaction: every lead is read first, and if
     * one is missing the transaction is aborted before anything is written (whole or nothing).
     */
    async mutateLeads(ids: string[], fn: (lead: Lead, activities: Activity[]) => LeadChange): Promise<Lead[]> {
      const tx = writeLeads();
      const leads: Lead[] = [];
      const rows = await rowsForWrite(tx, ids);
      for (const id of ids) {
        const lead = parseLeadRow(rows.get(id));
        if (!lead) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new Error(`no lead with id ${id}; nothing was changed`);
        }
        leads.push(lead);
      }
      const changed: Lead[] = [];
      const entries: BookEntry[] = [];
      for (const lead of leads) {
        const history = await activitiesIn(tx, lead.id);
        const change = fn(lead, history);
        entries.push(await putChange(tx, change, history));
        changed.push(change.lead);
      }
      await tx.done;
      book.applyWrites(entries);
      return changed;
    },

    /** Logs activities whose dedupe key is new; returns those written. */
    async addActivities(
      activities: Activity[],
      touch?: (lead: Lead, all: Activity[], added: Activity[]) => Lead,
    ): Promise<Activity[]> {
      const tx = writeLeads();
      const store = tx.objectStore('activities');
      const added: Activity[] = [];
      for (const activity of activities) {
        if (activity.dedupeKey && (await store.index('dedupeKey').getKey(activity.dedupeKey))) continue;
        await store.put(activity);
        added.push(activity);
      }
      // Every lead that gained an activity gets its times again (and `touch`'s changes, if given).
      const entries: BookEntry[] = [];
      const touched = [...new Set(added.map((a) => a.leadId))];
      const rows = await rowsForWrite(tx, touched);
      for (const leadId of touched) {
        const row = rows.get(leadId);
        const lead = parseLeadRow(row);
        if (!row || !lead) continue;
        const all = await activitiesIn(tx, leadId);
        const mine = added.filter((a) => a.leadId === leadId);
        const times = timesOf(all);
        const next: LeadRow = touch ? rowOf(touch(lead, all, mine), times) : { ...row, activityTimes: times };
        await tx.objectStore('leads').put(next);
        entries.push(entryOf(next, times));
      }
      await commitWithBook(tx, entries);
      return added;
    },

    /** Writes many leads in one transaction (re-scoring batches, imports). */
    async putLeads(leads: Lead[], activities: Activity[] = []): Promise<void> {
      const tx = writeLeads();
      const store = tx.objectStore('leads');
      const given = new Map(leads.map((lead) => [lead.id, lead]));
      const adding = groupByLead(activities);
      // Requests are queued at once, not awaited one by one: IndexedDB runs them in order anyway,
      // and a round trip per row costs more than the write itself. Reads first, then the writes.
      const ids = [...new Set([...given.keys(), ...adding.keys()])];
      const found = await rowsForWrite(tx, ids);
      const stored = ids.map((id) => found.get(id));
      const times = await Promise.all(ids.map((id, i) => timesAfter(tx, id, stored[i], adding.get(id) ?? [])));
      const rows = ids.flatMap((id, i) => {
        const lead = given.get(id) ?? stored[i];
        return lead ? [rowOf(lead, times[i]!)] : [];
      });
      await Promise.all([...rows.map((row) => store.put(row)), ...activities.map((a) => tx.objectStore('activities').put(a))]);
      await commitWithBook(tx, rows.map((row) => entryOf(row, row.activityTimes ?? {})));
    },

    /** How many leads the score book holds (every stored lead, once it has been read). */
    async countScored(): Promise<number> {
      return (await book.scores()).size;
    },

    /**
     * Re-scores the score book's buckets `from` to `to` (inclusive; see score-book.ts) with
     * `score`, in one transaction, and answers how many leads it scored. Lead rows are not written.
     */
    async rescoreBuckets(from: number, to: number, score: (facts: BookFacts) => BookScore | null): Promise<number> {
      await book.scores(); // a book that does not count every lead is rebuilt first
      const scoredNow = await rescoreBuckets(db, from, to, score);
      book.applyWrites([...scoredNow].map(([id, s]) => ({ id, score: s })));
      return scoredNow.size;
    },

    /** Erases leads and every activity about them, in one transaction. */
    async deleteLeads(ids: string[]): Promise<number> {
      const tx = db.transaction(LEAD_STORES, 'readwrite');
      const gone = new Set<string>();
      const batches = new Map<number, ActivityBatchRow>();
      const found = await rowsForWrite(tx, ids);
      for (const id of ids) {
        if (!found.has(id) || gone.has(id)) continue;
        await tx.objectStore('leads').delete(id);
        const keys = await tx.objectStore('activities').index('leadId').getAllKeys(id);
        for (const key of keys) await tx.objectStore('activities').delete(key);
        for (const batch of await tx.objectStore('activityBatches').index('leadIds').getAll(id)) batches.set(batch.id!, batch);
        gone.add(id);
      }
      // Each batch that held an erased lead's activities is written once, without them.
      for (const [key, batch] of batches) {
        const rest = withoutLeads(batch, gone);
        await (rest ? tx.objectStore('activityBatches').put(rest) : tx.objectStore('activityBatches').delete(key));
      }
      await commitWithBook(tx, [], [...gone]);
      return gone.size;
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
      const scores = await book.scores();
      const tx = db.transaction(BACKED_UP_STORES);
      const [leads, activities, batches, snapshots, meta] = await Promise.all([
        allRows(tx),
        tx.objectStore('activities').getAll(),
        tx.objectStore('activityBatches').getAll(),
        tx.objectStore('snapshots').getAll(),
        tx.objectStore('meta').getAll(),
      ]);
      await tx.done;
      // Each lead with its current score, without the book's working fields.
      const current = leads.map(({ activityTimes: _times, ...lead }) => withBookScore(lead, scores));
      return { leads: current, activities: [...activities, ...batches.flatMap((b) => b.activities)], snapshots, meta };
    },

    /** Replaces everything with `content` in one transaction: a restore lands whole or not at all. */
    async replaceAll(content: BackupContent): Promise<void> {
      leadWrites += 1;
      try {
        await replaceAllIn(db, content);
      } finally {
        book.reset();
      }
      settleAfterBulkWrite();
    },

    /**
     * Every stored lead id, and each identity key → its lead's id (what an import plans against);
     * `writes` is what `commitImport` is given back to know whether anything was stored since.
     */
    async identityIndex(): Promise<{ ids: string[]; identities: Map<string, string>; writes: number }> {
      const writes = leadWrites;
      const tx = db.transaction(ROW_STORES);
      const leads = tx.objectStore('leads');
      const [ids, batches] = await Promise.all([leads.getAllKeys(), tx.objectStore('leadBatches').getAll()]);
      const identities = new Map<string, string>();
      let cursor = await leads.index('identities').openKeyCursor();
      while (cursor) {
        if (!identities.has(cursor.key)) identities.set(cursor.key, cursor.primaryKey);
        cursor = await cursor.continue();
      }
      await tx.done;
      // Leads still in batches (an import the background has not settled yet).
      for (const row of batches.flatMap((batch) => batch.rows)) {
        ids.push(row.id);
        for (const key of Array.isArray(row.identities) ? row.identities : []) if (!identities.has(key)) identities.set(key, row.id);
      }
      return { ids, identities, writes };
    },

    /**
     * Writes an import in one transaction, whole or not at all (bulk-writes.ts). `plannedAt` is
     * the `writes` of the `identityIndex` the plan was made from: while no lead was written since,
     * nothing can clash with the new leads and their lookups are skipped.
     */
    async commitImport(created: LeadChange[], merges: ImportMerge[], plannedAt?: number): Promise<void> {
      const skipLookups = plannedAt === leadWrites;
      book.applyWrites(await commitImportIn(writeLeads(), created, merges, skipLookups));
      settleAfterBulkWrite();
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
