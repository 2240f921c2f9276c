import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
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
}
