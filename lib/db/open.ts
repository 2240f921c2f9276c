import { type IDBPDatabase, openDB } from 'idb';
import { upgrade } from './migrations';
import { DB_NAME, DB_VERSION, type PipewellDb } from './schema';

/** Opens (and migrates) the database; `version` lower than current only for migration tests. */
export function openPipewellDb(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<PipewellDb>> {
  return openDB<PipewellDb>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgrade(db, oldVersion, newVersion ?? version, tx),
  });
}
