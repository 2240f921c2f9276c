import { type IDBPDatabase, unwrap } from 'idb';
import type { Activity, Lead } from '../model';
import { Activity as ActivitySchema, Lead as LeadSchema } from '../model';
import { packActivities, splitByDedupeKey } from './activity-batches';
import { timesOf } from './activity-times';
import { groupByLead, type LeadTx } from './lead-activities';
import { countRows, packLeads, rowsForWrite } from './lead-batches';
import { rowOf, scoredHistory } from './lead-rows';
import type { BackupContent, LeadChange } from './repository';
import { parseLeadRow } from './rows';
import { type BookEntry, bookRecords, entryOf, writeBook } from './score-book';
import type { LeadRow, PipewellDb } from './schema';
import { ALL_STORES } from './schema';

export interface ImportMerge {
  leadId: string;
  /** Gets the lead and its activities as scoring reads them (type and time; see `scoredHistory`). */
  apply: (lead: Lead, activities: Activity[]) => LeadChange;
}

/**
 * An import in `tx`: the new leads, in batches (refused when an id or identity of theirs is stored,
 * unless `skipLookups` says nothing can be), and a read-modify-write of each merged lead. Every lead and
 * activity is checked against its schema first; any failure aborts the transaction, so an import
 * lands whole or not at all. Activities without a dedupe key are written in batches.
 */
export async function commitImportIn(tx: LeadTx<'readwrite'>, created: LeadChange[], merges: ImportMerge[], skipLookups: boolean): Promise<BookEntry[]> {
  const leads = tx.objectStore('leads');
  const batched = tx.objectStore('leadBatches');
  let entries: BookEntry[] = [];
  await abortOnError(tx, async () => {
    // Reads first, all queued at once: requests in one transaction run in order, before the writes.
    // An empty store has nothing to clash with either (a first import on a new machine).
    const isEmpty = skipLookups || (await countRows(tx)) === 0;
    const keysOf = ({ lead }: LeadChange) => [
      leads.getKey(lead.id),
      batched.index('leadIds').getKey(lead.id),
      ...lead.identities.flatMap((key) => [leads.index('identities').getKey(key), batched.index('identities').getKey(key)]),
    ];
    const [taken, stored] = await Promise.all([
      Promise.all(isEmpty ? [] : created.map((change) => Promise.all(keysOf(change)))),
      rowsForWrite(tx, merges.map((m) => m.leadId)),
    ]);
    const clash = taken.findIndex((keys) => keys.some((key) => key !== undefined));
    if (clash >= 0) throw new Error(`${created[clash]!.lead.name} was added to Pipewell after the check; check the file again`);
    const rows = merges.map((m) => stored.get(m.leadId));
    const histories = await Promise.all(rows.map((row) => row && scoredHistory(tx, row)));
    const changes = created.map(checkChange);
    const newRows: LeadRow[] = changes.map((c) => rowOf(c.lead, timesOf(c.activities)));
    const mergedRows: LeadRow[] = [];
    for (const [i, merge] of merges.entries()) {
      const lead = parseLeadRow(rows[i]);
      if (!lead) throw new Error(`lead ${merge.leadId} was deleted after the check; check the file again`);
      const history = histories[i]!;
      const change = checkChange(merge.apply(lead, history));
      mergedRows.push(rowOf(change.lead, timesOf([...history, ...change.activities])));
      changes.push(change);
    }
    const { keyed, keyless } = splitByDedupeKey(changes.flatMap((c) => c.activities));
    // New leads go in batches (the background settles them into rows); merged ones are rows already.
    queueWrites(unwrap(batched), packLeads(newRows));
    queueWrites(unwrap(leads), mergedRows);
    queueWrites(unwrap(tx.objectStore('activities')), keyed);
    queueWrites(unwrap(tx.objectStore('activityBatches')), packActivities(keyless));
    entries = await writeBook(tx, [...newRows, ...mergedRows].map((row) => entryOf(row, row.activityTimes ?? {})));
    await tx.done;
  });
  return entries;
}

/**
 * Replaces everything with `content` in one transaction: a restore lands whole or not at all.
 * Leads get the times of their activities and go in batches (the background settles them into
 * rows), as do activities without a dedupe key. A lead id given twice keeps its last lead.
 */
export async function replaceAllIn(db: IDBPDatabase<PipewellDb>, content: BackupContent): Promise<void> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  await abortOnError(tx, async () => {
    const byLead = groupByLead(content.activities);
    const { keyed, keyless } = splitByDedupeKey(content.activities);
    // Requests run in the order they are queued: the clears, then every put (see queueWrites).
    for (const name of ALL_STORES) unwrap(tx.objectStore(name)).clear();
    // A batch takes any row; the lead store would refuse one without an id, so it is refused here.
    const noId = content.leads.findIndex((lead) => typeof lead?.id !== 'string' || lead.id === '');
    if (noId >= 0) throw new Error(`lead ${noId + 1} of the backup has no id`);
    const last = new Map(content.leads.map((lead) => [lead.id, lead]));
    const rows = [...last.values()].map((lead) => rowOf(lead, timesOf(byLead.get(lead.id) ?? [])));
    queueWrites(unwrap(tx.objectStore('leadBatches')), packLeads(rows));
    const book = bookRecords(rows.map((row) => entryOf(row, row.activityTimes ?? {})));
    queueWrites(unwrap(tx.objectStore('scoreFacts')), book.facts);
    queueWrites(unwrap(tx.objectStore('scores')), book.scores);
    queueWrites(unwrap(tx.objectStore('activities')), keyed);
    queueWrites(unwrap(tx.objectStore('activityBatches')), packActivities(keyless));
    queueWrites(unwrap(tx.objectStore('snapshots')), content.snapshots);
    queueWrites(unwrap(tx.objectStore('meta')), content.meta);
    await tx.done;
  });
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
