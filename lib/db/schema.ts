import type { DBSchema } from 'idb';
import type { Activity, Lead } from '../model';
import type { ActivityTimes } from './activity-times';

export const DB_NAME = 'pipewell';
/** Bump with a new step in migrations.ts; a shipped step is never edited. */
export const DB_VERSION = 3;

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
  snapshots: { key: string; value: SnapshotRow };
  meta: { key: string; value: MetaRow };
}

export type StoreName = 'leads' | 'activities' | 'activityBatches' | 'snapshots' | 'meta';
export const ALL_STORES: StoreName[] = ['leads', 'activities', 'activityBatches', 'snapshots', 'meta'];
/** The stores a lead's writes touch: the lead, and its activities wherever they are kept. */
export type LeadStore = 'leads' | 'activities' | 'activityBatches';
export const LEAD_STORES: LeadStore[] = ['leads', 'activities', 'activityBatches'];
