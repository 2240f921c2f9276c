import type { DBSchema } from 'idb';
import type { Activity, Lead } from '../model';

export const DB_NAME = 'pipewell';
/** Bump with a new step in migrations.ts; a shipped step is never edited. */
export const DB_VERSION = 2;

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

export interface PipewellDb extends DBSchema {
  leads: {
    key: string;
    value: Lead;
    indexes: {
      identities: string;
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
  snapshots: { key: string; value: SnapshotRow };
  meta: { key: string; value: MetaRow };
}

export type StoreName = 'leads' | 'activities' | 'snapshots' | 'meta';
export const ALL_STORES: StoreName[] = ['leads', 'activities', 'snapshots', 'meta'];
