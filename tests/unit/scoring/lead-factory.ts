// Test data builders for the scoring tests (not a test file itself).
import type { Activity, ActivityType, Bant, BantKey, Lead } from '../../../lib/model';
import { emptyBant } from '../../../lib/model';

export const DAY = 86_400_000;
/** Every scoring test runs at this instant. */
export const NOW = Date.UTC(2025, 5, 2, 12, 0, 0);

export function makeLead(fields: Partial<Lead> = {}): Lead {
  return {
    id: 'lead-1',
    name: 'Anna Berg',
    identities: [],
    source: 'linkedin',
    stageId: 'new',
    stageHistory: [{ stageId: 'new', at: NOW - 30 * DAY }],
    status: 'open',
    bant: emptyBant(),
    currency: 'EUR',
    notes: '',
    tags: [],
    editedFields: [],
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    lastTouchAt: NOW - 30 * DAY,
    ...fields,
  };
}

/** BANT with the given parts answered yes / no and the rest unknown. */
export function makeBant(yes: readonly BantKey[], no: readonly BantKey[] = []): Bant {
  const bant = emptyBant();
  for (const key of yes) bant[key] = { answer: 'yes', note: '' };
  for (const key of no) bant[key] = { answer: 'no', note: '' };
  return bant;
}

let counter = 0;
export function makeActivity(type: ActivityType, daysAgo: number, leadId = 'lead-1', now = NOW): Activity {
  counter += 1;
  return { id: `act-${counter}`, leadId, type, at: now - daysAgo * DAY, summary: '' };
}

/** Deterministic PRNG (mulberry32), so generated data sets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
