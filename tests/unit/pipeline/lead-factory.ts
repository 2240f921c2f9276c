import { emptyBant, type Lead, type StageChange } from '../../../lib/model';
import { DAY_MS } from '../../../lib/pipeline';

/** Monday 30 June 2025, 00:00 UTC: the `now` of the hand-computed data sets. */
export const NOW = Date.UTC(2025, 5, 30);

/** `n` days before NOW. */
export const ago = (n: number): number => NOW - n * DAY_MS;

/** A stage history from [stageId, days ago] pairs. */
export const path = (...steps: [string, number][]): StageChange[] => steps.map(([stageId, n]) => ({ stageId, at: ago(n) }));

/** A valid lead; the history defaults to one entry in its stage at creation. */
export function makeLead(over: Partial<Lead> & { id: string }): Lead {
  const createdAt = over.createdAt ?? ago(30);
  const stageHistory = over.stageHistory ?? [{ stageId: over.stageId ?? 'new', at: createdAt }];
  return {
    name: `Lead ${over.id}`,
    identities: [],
    source: 'manual',
    stageId: stageHistory[stageHistory.length - 1]?.stageId ?? 'new',
    status: 'open',
    bant: emptyBant(),
    currency: 'EUR',
    notes: '',
    tags: [],
    editedFields: [],
    updatedAt: createdAt,
    lastTouchAt: createdAt,
    ...over,
    createdAt,
    stageHistory,
  };
}

/** The stageHistory record computeMetrics takes, built the way callers build it. */
export const historyOf = (leads: readonly Lead[]): Record<string, StageChange[]> =>
  Object.fromEntries(leads.map((l) => [l.id, l.stageHistory]));
