import type { IDBPDatabase } from 'idb';
import { type LeadScore, scoredPart } from '../model';
import { type ActivityTimes, isActivityTimes, timesOf } from './activity-times';
import { activitiesIn, type LeadTx } from './lead-activities';
import { allRows, countRows } from './lead-batches';
import { decodeScores, encodeScores } from './score-columns';
import type { BookFacts, BookScore, FactsBucket, LeadRow, PipewellDb, ScoresBucket } from './schema';
import { BOOK_STORES, LEAD_STORES, ROW_STORES } from './schema';

/**
 * Buckets in the score book. 256 keeps a bucket near 400 leads at 100,000 leads (a single
 * capture rewrites two records of that size) and a re-score at 512 records.
 */
export const BUCKETS = 256;

/** A lead's bucket: FNV-1a of its id. Fixed for the life of the data: changing it needs a migration. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

/** One lead as the book keeps it. */
export interface BookEntry {
  id: string;
  facts: BookFacts;
  score: BookScore | null;
}

export function bookScoreOf(score: LeadScore | undefined): BookScore | null {
  if (!score) return null;
  const { total, fit, engagement, qualification, grade, scoredAt, modelVersion } = score;
  return { total, fit, engagement, qualification, grade, scoredAt, modelVersion };
}

/** The book's entry for a stored row whose activity times are `times`. */
export function entryOf(row: LeadRow, times: ActivityTimes): BookEntry {
  return { id: row.id, facts: { lead: scoredPart(row), times }, score: bookScoreOf(row.score) };
}

/** A row's entry, its times read from its activities when the row has none (written before v3). */
async function storedEntryOf(tx: LeadTx, row: LeadRow): Promise<BookEntry> {
  return entryOf(row, isActivityTimes(row.activityTimes) ? row.activityTimes : timesOf(await activitiesIn(tx, row.id)));
}

/** The book's records for `entries` (a whole book, as a restore or a rebuild writes it). */
export function bookRecords(entries: readonly BookEntry[]): { facts: FactsBucket[]; scores: ScoresBucket[] } {
  const facts = new Map<number, FactsBucket>();
  const scores = new Map<number, Map<string, BookScore | null>>();
  for (const entry of entries) {
    const bucket = bucketOf(entry.id);
    let f = facts.get(bucket);
    let s = scores.get(bucket);
    if (!f || !s) {
      f = { bucket, facts: {} };
      s = new Map();
      facts.set(bucket, f);
      scores.set(bucket, s);
    }
    f.facts[entry.id] = entry.facts;
    s.set(entry.id, entry.score);
  }
  return { facts: [...facts.values()], scores: [...scores].map(([bucket, s]) => encodeScores(bucket, s)) };
}

/**
 * The later of two scores: a higher model version, else the later time. A write that passes a lead
 * through without scoring it (logging an activity, a bulk change) carries the score its row had,
 * which a re-score since has replaced in the book only: that one stays.
 */
export function laterScore(kept: BookScore | null | undefined, written: BookScore | null): BookScore | null {
  if (!kept) return written;
  if (!written) return kept;
  if (written.modelVersion !== kept.modelVersion) return written.modelVersion > kept.modelVersion ? written : kept;
  return written.scoredAt >= kept.scoredAt ? written : kept;
}

/**
 * Writes `entries` into the book and takes `removed` out of it, inside the caller's transaction:
 * each touched bucket is read once (all reads queued at once), changed, and put back once.
 * Answers each entry as stored: its score is the later of the one given and the one kept.
 */
export async function writeBook(tx: LeadTx<'readwrite'>, entries: readonly BookEntry[], removed: readonly string[] = []): Promise<BookEntry[]> {
  const touched = new Map<number, { set: BookEntry[]; removed: string[] }>();
  const at = (id: string) => {
    const bucket = bucketOf(id);
    let change = touched.get(bucket);
    if (!change) touched.set(bucket, (change = { set: [], removed: [] }));
    return change;
  };
  for (const entry of entries) at(entry.id).set.push(entry);
  for (const id of removed) at(id).removed.push(id);
  if (touched.size === 0) return [];
  const factsStore = tx.objectStore('scoreFacts');
  const scoresStore = tx.objectStore('scores');
  const keys = [...touched.keys()];
  const [facts, scores] = await Promise.all([
    Promise.all(keys.map((key) => factsStore.get(key))),
    Promise.all(keys.map((key) => scoresStore.get(key))),
  ]);
  const puts: Promise<unknown>[] = [];
  const stored: BookEntry[] = [];
  keys.forEach((bucket, i) => {
    const f = facts[i] ?? { bucket, facts: {} };
    const s = decodeScores(scores[i]);
    const change = touched.get(bucket)!;
    for (const entry of change.set) {
      const score = laterScore(s.get(entry.id), entry.score);
      f.facts[entry.id] = entry.facts;
      s.set(entry.id, score);
      stored.push(score === entry.score ? entry : { ...entry, score });
    }
    for (const id of change.removed) {
      delete f.facts[id];
      s.delete(id);
    }
    puts.push(factsStore.put(f), scoresStore.put(encodeScores(bucket, s)));
  });
  await Promise.all(puts);
  return stored;
}

/**
 * Re-scores the leads of buckets `from` to `to` (inclusive) in one transaction: reads their facts,
 * scores each with `score`, writes the buckets' scores. A lead written meanwhile is either before
 * this transaction (its facts are read here) or after it (its write sets its own score): none is lost.
 */
export async function rescoreBuckets(
  db: IDBPDatabase<PipewellDb>,
  from: number,
  to: number,
  score: (facts: BookFacts) => BookScore | null,
): Promise<Map<string, BookScore | null>> {
  const tx = db.transaction(BOOK_STORES, 'readwrite');
  const range = IDBKeyRange.bound(from, to);
  const buckets = await tx.objectStore('scoreFacts').getAll(range);
  const scored = new Map<string, BookScore | null>();
  const puts = buckets.map((bucket) => {
    const scores = new Map<string, BookScore | null>();
    for (const [id, facts] of Object.entries(bucket.facts)) {
      const result = score(facts);
      scores.set(id, result);
      scored.set(id, result);
    }
    return tx.objectStore('scores').put(encodeScores(bucket.bucket, scores));
  });
  await Promise.all([...puts, tx.done]);
  return scored;
}

/**
 * Fills the book from the stored leads (rows and batches), in one transaction over the lead's stores: every row's facts
 * and its stored score. For a database that has none yet (just upgraded to version 4), or whose
 * book no longer counts the same leads as the lead store (rows written by something else).
 */
export async function rebuildBook(db: IDBPDatabase<PipewellDb>): Promise<Map<string, BookScore | null>> {
  const tx = db.transaction(LEAD_STORES, 'readwrite');
  const rows = await allRows(tx);
  const entries = await Promise.all(rows.map((row) => storedEntryOf(tx, row)));
  const { facts, scores } = bookRecords(entries);
  await Promise.all([tx.objectStore('scoreFacts').clear(), tx.objectStore('scores').clear()]);
  await Promise.all([...facts.map((f) => tx.objectStore('scoreFacts').put(f)), ...scores.map((s) => tx.objectStore('scores').put(s)), tx.done]);
  return new Map(entries.map((entry) => [entry.id, entry.score]));
}

type Change = [id: string, score: BookScore | null | 'removed'];

/**
 * The book's scores in the worker's memory, loaded on first use (and the book rebuilt when it does
 * not count every lead), kept current by the repository after each write commits. Only this
 * worker writes the database, so memory and book agree once every write has reported in.
 */
export function createScoreTable(db: IDBPDatabase<PipewellDb>) {
  let scores: Map<string, BookScore | null> | undefined;
  let loading: Promise<Map<string, BookScore | null>> | undefined;
  // Changes reported while the table loads: applied, in order, once it has.
  let pending: Change[] = [];
  // Bumped by `reset`: a load begun before a reset is not kept.
  let generation = 0;
  const orders = new Map<'asc' | 'desc', string[]>();

  async function load(): Promise<Map<string, BookScore | null>> {
    const tx = db.transaction([...ROW_STORES, 'scores']);
    const [count, buckets] = await Promise.all([countRows(tx), tx.objectStore('scores').getAll(), tx.done]);
    let map = new Map<string, BookScore | null>();
    for (const bucket of buckets) for (const [id, score] of decodeScores(bucket)) map.set(id, score);
    if (map.size !== count) map = await rebuildBook(db);
    return map;
  }

  function apply(map: Map<string, BookScore | null>, changes: readonly Change[]) {
    for (const [id, score] of changes) {
      if (score === 'removed') map.delete(id);
      else map.set(id, score);
    }
    orders.clear();
  }

  const table = {
    /** Every lead's score by id (null: none), loading the book on first use. */
    async scores(): Promise<Map<string, BookScore | null>> {
      if (scores) return scores;
      const started = generation;
      loading ??= load().then(
        (map) => {
          if (started !== generation) return table.scores();
          apply(map, pending);
          pending = [];
          scores = map;
          loading = undefined;
          return map;
        },
        (error: unknown) => {
          loading = undefined;
          pending = [];
          throw error;
        },
      );
      return loading;
    },

    /** Reports committed writes: `entries` stored, `removed` erased. */
    applyWrites(entries: readonly { id: string; score: BookScore | null }[], removed: readonly string[] = []): void {
      const changes: Change[] = [...entries.map(({ id, score }): Change => [id, score]), ...removed.map((id): Change => [id, 'removed'])];
      if (scores) apply(scores, changes);
      else if (loading) pending.push(...changes);
    },

    /** Forgets what it holds (after a restore replaced everything): the next use reads the book. */
    reset(): void {
      generation += 1;
      scores = undefined;
      loading = undefined;
      pending = [];
      orders.clear();
    },

    /**
     * Lead ids by score (`desc`: highest first), then the leads without a score. Ties keep the
     * book's order (stable until a write). Totals are whole points from 0 to 100, so the order is
     * made by grouping, not sorting: a comparison sort of 100,000 ids took 170 ms or more here.
     */
    async ordered(direction: 'asc' | 'desc'): Promise<string[]> {
      const map = await table.scores();
      let order = orders.get(direction);
      if (!order) {
        order = orderByTotal(map, direction);
        orders.set(direction, order);
      }
      return order;
    },
  };
  return table;
}

export type ScoreTable = ReturnType<typeof createScoreTable>;

/** Ids grouped by whole points; a group holding fractions (an imported score) is sorted inside. */
function orderByTotal(map: ReadonlyMap<string, BookScore | null>, direction: 'asc' | 'desc'): string[] {
  const groups: { ids: string[]; totals: number[]; fractional: boolean }[] = Array.from({ length: 101 }, () => ({ ids: [], totals: [], fractional: false }));
  const unscored: string[] = [];
  for (const [id, score] of map) {
    if (!score) {
      unscored.push(id);
      continue;
    }
    const group = groups[Math.min(100, Math.max(0, Math.floor(score.total)))]!;
    group.ids.push(id);
    group.totals.push(score.total);
    if (!Number.isInteger(score.total)) group.fractional = true;
  }
  const sign = direction === 'desc' ? -1 : 1;
  const order: string[] = [];
  for (const group of direction === 'desc' ? groups.reverse() : groups) {
    if (!group.fractional) {
      for (const id of group.ids) order.push(id);
      continue;
    }
    const byTotal = group.ids.map((id, i) => ({ id, total: group.totals[i]! })).sort((a, b) => sign * (a.total - b.total));
    for (const { id } of byTotal) order.push(id);
  }
  for (const id of unscored) order.push(id);
  return order;
}
