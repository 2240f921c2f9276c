import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { timesOf } from './activity-times';
import { groupByLead } from './lead-activities';
import type { PipewellDb } from './schema';

type UpgradeTx = IDBPTransaction<PipewellDb, StoreNames<PipewellDb>[], 'versionchange'>;

/**
 * Applies every schema step after `oldVersion`, up to the version being opened. Steps are
 * append-only: data written by any earlier version must open and keep every record.
 */
export function upgrade(
  db: IDBPDatabase<PipewellDb>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  if (oldVersion < 1 && newVersion >= 1) {
    const leads = db.createObjectStore('leads', { keyPath: 'id' });
    leads.createIndex('identities', 'identities', { unique: false, multiEntry: true });
    leads.createIndex('stageId', 'stageId');
    leads.createIndex('status', 'status');
    leads.createIndex('lastTouchAt', 'lastTouchAt');
    leads.createIndex('score', 'score.total');
    leads.createIndex('createdAt', 'createdAt');
    const activities = db.createObjectStore('activities', { keyPath: 'id' });
    activities.createIndex('leadId', 'leadId');
    activities.createIndex('leadAt', ['leadId', 'at']);
    activities.createIndex('dedupeKey', 'dedupeKey', { unique: true });
    db.createObjectStore('snapshots', { keyPath: 'day' });
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    // v2 (2026-11): company pages list the leads already there; the review sorts by due next steps.
    const leads = tx.objectStore('leads');
    leads.createIndex('company', 'company');
    leads.createIndex('nextStepAt', 'nextStepAt');
    tx.objectStore('activities').createIndex('at', 'at');
  }
  if (oldVersion < 3 && newVersion >= 3) {
    // v3 (2026-11): an import writes each lead with fewer index entries and its activities many to
    // a record; each lead row carries its activity times, so a re-score reads no activities.
    const leads = tx.objectStore('leads');
    for (const unused of ['stageId', 'status', 'lastTouchAt', 'createdAt'] as const) leads.deleteIndex(unused);
    const batches = db.createObjectStore('activityBatches', { keyPath: 'id', autoIncrement: true });
    batches.createIndex('leadIds', 'leadIds', { multiEntry: true });
    void addActivityTimes(tx);
  }
  if (oldVersion < 4 && newVersion >= 4) {
    // v4 (2026-11): scores and what scoring reads live in the score book, many leads to a record, so
    // a model change writes a few hundred records instead of every lead row. The book starts empty
    // and is filled from the lead rows the first time it is read (score-book.ts), outside the upgrade.
    tx.objectStore('leads').deleteIndex('score');
    db.createObjectStore('scoreFacts', { keyPath: 'bucket' });
    db.createObjectStore('scores', { keyPath: 'bucket' });
  }
  if (oldVersion < 5 && newVersion >= 5) {
    // v5 (2026-11): an import or a restore writes its leads many to a record (lead-batches.ts); the
    // background settles them into rows afterwards. Nothing stored moves in the upgrade.
    const batches = db.createObjectStore('leadBatches', { keyPath: 'id', autoIncrement: true });
    batches.createIndex('leadIds', 'leadIds', { multiEntry: true });
    batches.createIndex('identities', 'identities', { multiEntry: true });
  }
}

/**
 * Gives every stored lead the times of its activities (all activities were rows before v3), a
 * page of leads at a time: one read for the page, one for its activities (the leadAt index holds
 * them in lead id order, oldest first) and a put per lead, queued at once. A cursor updating row
 * by row costs two round trips a lead: 100 s instead of 31 s for 100,000 leads (Chromium, 2026-11).
 */
async function addActivityTimes(tx: UpgradeTx): Promise<void> {
  const PAGE = 2000;
  try {
    const leads = tx.objectStore('leads');
    for (let after: string | undefined; ; ) {
      const rows = await leads.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), PAGE);
      if (rows.length === 0) break;
      const first = rows[0]!.id;
      const last = rows.at(-1)!.id;
      const activities = await tx.objectStore('activities').index('leadAt').getAll(IDBKeyRange.bound([first, -Infinity], [last, Infinity]));
      const byLead = groupByLead(activities);
      await Promise.all(rows.map((row) => leads.put({ ...row, activityTimes: timesOf(byLead.get(row.id) ?? []) })));
      if (rows.length < PAGE) break;
      after = last;
    }
  } catch (error) {
    // A half-migrated database must not open: abort the upgrade, and the open fails with it.
    console.error('[pipewell] migration to version 3 failed', error);
    tx.abort();
  }
}
