import { type IDBPDatabase, type IDBPTransaction, unwrap } from 'idb';
import type { LeadTx } from './lead-activities';
import type { LeadBatchRow, LeadRow, PipewellDb, StoreName } from './schema';
import { ROW_STORES } from './schema';

/** A transaction that reads leads wherever they are kept, own rows and batches (and maybe more stores). */
type RowTx<S extends StoreName> = IDBPTransaction<PipewellDb, (S | 'leads' | 'leadBatches')[], IDBTransactionMode>;

/**
 * Leads per batch record. A record costs IndexedDB about the same with one lead or a hundred, so
 * an import of 50,000 leads writes 500 records instead of 50,000; reading one batched lead reads
 * its hundred (about 85 KB of imported leads), which is why batches only hold leads until they are settled.
 */
export const LEAD_BATCH_SIZE = 100;

/** Batches the background settles into rows per transaction: about a thousand puts, a fraction of a second. */
const SETTLE_BATCHES_PER_TX = 10;

/** `rows` as batch records (the store gives each its id). Every row must have a string id. */
export function packLeads(rows: readonly LeadRow[]): LeadBatchRow[] {
  const batches: LeadBatchRow[] = [];
  for (let start = 0; start < rows.length; start += LEAD_BATCH_SIZE) batches.push(batchOf(rows.slice(start, start + LEAD_BATCH_SIZE)));
  return batches;
}

function batchOf(rows: LeadRow[], id?: number): LeadBatchRow {
  const identities = rows.flatMap((row) => (Array.isArray(row.identities) ? row.identities : []));
  const batch: LeadBatchRow = { leadIds: rows.map((row) => row.id), identities, rows };
  if (id !== undefined) batch.id = id;
  return batch;
}

/** The batches holding any of `ids`, each read once, by key. */
async function batchesHolding<S extends StoreName>(tx: RowTx<S>, ids: readonly string[]): Promise<LeadBatchRow[]> {
  const store = tx.objectStore('leadBatches');
  const keys = await Promise.all(ids.map((id) => store.index('leadIds').getKey(id)));
  const distinct = [...new Set(keys.filter((key): key is number => key !== undefined))];
  const batches = await Promise.all(distinct.map((key) => store.get(key)));
  return batches.filter((batch): batch is LeadBatchRow => batch !== undefined);
}

/** The stored rows of `ids`, in their order (undefined: no such lead): own rows first, then batches. */
export async function findRows<S extends StoreName>(tx: RowTx<S>, ids: readonly string[]): Promise<(LeadRow | undefined)[]> {
  const leads = tx.objectStore('leads');
  const rows = await Promise.all(ids.map((id) => leads.get(id)));
  const missing = ids.filter((_, i) => rows[i] === undefined);
  if (missing.length === 0) return rows;
  const wanted = new Set(missing);
  const batched = new Map<string, LeadRow>();
  for (const batch of await batchesHolding(tx, missing)) for (const row of batch.rows) if (wanted.has(row.id)) batched.set(row.id, row);
  return ids.map((id, i) => rows[i] ?? batched.get(id));
}

export async function findRow<S extends StoreName>(tx: RowTx<S>, id: string): Promise<LeadRow | undefined> {
  return (await findRows(tx, [id]))[0];
}

/** The stored row carrying the identity key `key`, wherever it is kept. */
export async function findRowByIdentity<S extends StoreName>(tx: RowTx<S>, key: string): Promise<LeadRow | undefined> {
  const row = await tx.objectStore('leads').index('identities').get(key);
  if (row) return row;
  const batch = await tx.objectStore('leadBatches').index('identities').get(key);
  return batch?.rows.find((candidate) => Array.isArray(candidate.identities) && candidate.identities.includes(key));
}

/** Every stored row: the lead store's, then the batched ones. */
export async function allRows<S extends StoreName>(tx: RowTx<S>): Promise<LeadRow[]> {
  const [rows, batches] = await Promise.all([tx.objectStore('leads').getAll(), tx.objectStore('leadBatches').getAll()]);
  return batches.length === 0 ? rows : [...rows, ...batches.flatMap((batch) => batch.rows)];
}

/** The stored rows whose company is `company`: the index's, then any batched ones. */
export async function rowsOfCompany<S extends StoreName>(tx: RowTx<S>, company: string): Promise<LeadRow[]> {
  const [rows, batches] = await Promise.all([tx.objectStore('leads').index('company').getAll(company), tx.objectStore('leadBatches').getAll()]);
  if (batches.length === 0) return rows;
  return [...rows, ...batches.flatMap((batch) => batch.rows.filter((row) => row.company === company))];
}

/** How many leads are stored (a batched lead has one `leadIds` entry, like a row its key). */
export async function countRows<S extends StoreName>(tx: RowTx<S>): Promise<number> {
  const [rows, batched] = await Promise.all([tx.objectStore('leads').count(), tx.objectStore('leadBatches').index('leadIds').count()]);
  return rows + batched;
}

/**
 * The stored rows of `ids` for a write: a batched lead is first moved into a row of its own, in
 * `tx` (its batch written once without it), so the caller's put never leaves a second copy and a
 * write that ends up changing nothing still keeps the lead. Missing ids are not in the map.
 */
export async function rowsForWrite(tx: LeadTx<'readwrite'>, ids: readonly string[]): Promise<Map<string, LeadRow>> {
  const leads = tx.objectStore('leads');
  const stored = await Promise.all(ids.map((id) => leads.get(id)));
  const found = new Map<string, LeadRow>();
  const missing: string[] = [];
  ids.forEach((id, i) => {
    const row = stored[i];
    if (row) found.set(id, row);
    else missing.push(id);
  });
  if (missing.length === 0) return found;
  const moving = new Set(missing);
  const batches = tx.objectStore('leadBatches');
  const writes: Promise<unknown>[] = [];
  for (const batch of await batchesHolding(tx, missing)) {
    const rest: LeadRow[] = [];
    for (const row of batch.rows) {
      if (!moving.has(row.id)) rest.push(row);
      else if (!found.has(row.id)) {
        found.set(row.id, row);
        writes.push(leads.put(row));
      }
    }
    writes.push(rest.length > 0 ? batches.put(batchOf(rest, batch.id)) : batches.delete(batch.id!));
  }
  await Promise.all(writes);
  return found;
}

/**
 * Moves the leads of up to `maxBatches` batches into rows of their own, in one transaction, and
 * answers how many batches it emptied (0: none are left). A row already stored under a batched
 * id (written around the repository) is newer and is kept; a batched entry without an id is dropped.
 */
export async function settleBatches(db: IDBPDatabase<PipewellDb>, maxBatches = SETTLE_BATCHES_PER_TX): Promise<number> {
  const tx = db.transaction(ROW_STORES, 'readwrite');
  const batches = await tx.objectStore('leadBatches').getAll(null, maxBatches);
  const rows = batches.flatMap((batch) => batch.rows).filter((row) => typeof row?.id === 'string');
  // One read for the keys already stored in the span of these ids (an import's ids are close together).
  const ids = rows.map((row) => row.id).sort();
  const span = ids.length > 0 ? IDBKeyRange.bound(ids[0], ids.at(-1)) : undefined;
  const taken = new Set(span ? await tx.objectStore('leads').getAllKeys(span) : []);
  // Queued on the raw stores without a promise each (see bulk-writes.ts, queueWrites).
  const leads = unwrap(tx.objectStore('leads'));
  for (const row of rows) if (!taken.has(row.id)) leads.put(row);
  const store = unwrap(tx.objectStore('leadBatches'));
  for (const batch of batches) store.delete(batch.id!);
  await tx.done;
  return batches.length;
}
