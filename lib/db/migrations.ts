import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Activity } from '../model';
import { timesOf } from './activity-times';
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
}

/** Gives every stored lead the times of its activities (all activities were rows before v3). */
async function addActivityTimes(tx: UpgradeTx): Promise<void> {
  try {
    const byLead = new Map<string, Activity[]>();
    // The leadAt index reads each lead's activities oldest first.
    for (const activity of await tx.objectStore('activities').index('leadAt').getAll()) {
      const list = byLead.get(activity.leadId);
      if (list) list.push(activity);
      else byLead.set(activity.leadId, [activity]);
    }
    let cursor = await tx.objectStore('leads').openCursor();
    while (cursor) {
      await cursor.update({ ...cursor.value, activityTimes: timesOf(byLead.get(cursor.primaryKey) ?? []) });
      cursor = await cursor.continue();
    }
  } catch (error) {
    // A half-migrated database must not open: abort the upgrade, and the open fails with it.
    console.error('[pipewell] migration to version 3 failed', error);
    tx.abort();
  }
}
