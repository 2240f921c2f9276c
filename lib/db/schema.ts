import type { DBSchema } from 'idb';
import type { Activity, Lead, LeadScore, ScoredLead } from '../model';
import type { ActivityTimes } from './activity-times';

export const DB_NAME = 'pipewell';
/** Bump with a new step in migrations.ts; a shipped step is never edited. */
export const DB_VERSION = 5;
/**
 * Whatever writes lead rows around the worker's repository (the bench's and the end-to-end
 * tests' seeders) posts on this BroadcastChannel; the worker then drops what it holds in memory.
 */
export const DB_WRITTEN_CHANNEL = 'pipewell-db-written';

/** A stored daily snapshot of the pipeline's health figures, for trends. */
export interface SnapshotRow {
  day: string;
  at: number;
  metrics: unknown;
}

/** Small documents (settings, scoring model) kept beside the leads so one backup holds all. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * A stored lead: the lead, and (from version 3) when each type of its activities happened, kept
 * up to date by every write that logs one. Reading a row through the Lead schema drops the times.
 */
export type LeadRow = Lead & { activityTimes?: ActivityTimes };

/**
 * Activities written in bulk (an import, a restore), many to a record: IndexedDB's cost is per
 * record far more than per byte (measured in Chromium, 2026-11). Only activities without a dedupe
 * key go here; `leadIds` (multiEntry) finds a lead's. `id` is given by the store.
 */
export interface ActivityBatchRow {
  id?: number;
  leadIds: string[];
  activities: Activity[];
}

/**
 * Leads written in bulk (an import, a restore), many to a record, until the background settles
 * them into rows of their own (lead-batches.ts): 50,000 lead-sized rows cost 14 s of puts here,
 * the same leads as 250 records of 200 about 2 s, 2.9 s with this store's indexes (Chromium,
 * 2026-11). A lead is in one place only, a row or a batch; `leadIds` and `identities`
 * (multiEntry) find a batched lead as the lead store's would.
 */
export interface LeadBatchRow {
  id?: number;
  leadIds: string[];
  identities: string[];
  rows: LeadRow[];
}

/** A lead's score without its reasons: what the score book keeps (null: the lead has none). */
export type BookScore = Omit<LeadScore, 'reasons'>;

/** What re-scoring reads of a lead: the fields scoring reads and the times of its activities. */
export interface BookFacts {
  lead: ScoredLead;
  times: ActivityTimes;
}

/**
 * The score book (version 4): every lead's scoring facts and score, many leads to a record, in a
 * fixed number of buckets by a hash of the lead id. A re-score reads the facts and writes the
 * scores of 100,000 leads in a few hundred records instead of rewriting 100,000 lead rows.
 */
export interface FactsBucket {
  bucket: number;
  facts: Record<string, BookFacts>;
}
/**
 * A bucket's scores in columns (score-columns.ts): the ids, six numbers per lead (total, fit,
 * engagement, qualification, scoredAt, modelVersion; a NaN total for a lead without a score) and
 * one grade letter per lead. Stored as objects, 100,000 scores took 1.5 s to write and 1 s to read
 * back here; in columns 0.13 s each (Chromium, 2026-11).
 */
export interface ScoresBucket {
  bucket: number;
  ids: string[];
  numbers: Float64Array;
  grades: string;
}

export interface PipewellDb extends DBSchema {
  leads: {
    key: string;
    value: LeadRow;
    indexes: {
      identities: string;
      /** stageId, status, lastTouchAt and createdAt exist from version 1 to 2 only; nothing queried them. */
      stageId: string;
      status: string;
      lastTouchAt: number;
      /** Up to version 3; the score book orders leads by score from version 4. */
      score: number;
      createdAt: number;
      company: string;
      nextStepAt: number;
    };
  };
  activities: {
    key: string;
    value: Activity;
    indexes: { leadId: string; leadAt: [string, number]; dedupeKey: string; at: number };
  };
  activityBatches: { key: number; value: ActivityBatchRow; indexes: { leadIds: string } };
  leadBatches: { key: number; value: LeadBatchRow; indexes: { leadIds: string; identities: string } };
  scoreFacts: { key: number; value: FactsBucket };
  scores: { key: number; value: ScoresBucket };
  snapshots: { key: string; value: SnapshotRow };
  meta: { key: string; value: MetaRow };
}

export type StoreName = 'leads' | 'leadBatches' | 'activities' | 'activityBatches' | 'scoreFacts' | 'scores' | 'snapshots' | 'meta';
export const ALL_STORES: StoreName[] = ['leads', 'leadBatches', 'activities', 'activityBatches', 'scoreFacts', 'scores', 'snapshots', 'meta'];
/** What a backup holds: everything but the score book, which is made from the leads. */
export const BACKED_UP_STORES = ['leads', 'leadBatches', 'activities', 'activityBatches', 'snapshots', 'meta'] as const;
/** The score book's stores: derived from the lead rows, never backed up. */
export type BookStore = 'scoreFacts' | 'scores';
export const BOOK_STORES: BookStore[] = ['scoreFacts', 'scores'];
/** Where a lead is kept: its own row, or a batch until the background settles it (lead-batches.ts). */
export const ROW_STORES: ('leads' | 'leadBatches')[] = ['leads', 'leadBatches'];
/** The stores a lead's writes touch: the lead and its activities wherever they are kept, its place in the book. */
export type LeadStore = 'leads' | 'leadBatches' | 'activities' | 'activityBatches' | BookStore;
export const LEAD_STORES: LeadStore[] = ['leads', 'leadBatches', 'activities', 'activityBatches', ...BOOK_STORES];
