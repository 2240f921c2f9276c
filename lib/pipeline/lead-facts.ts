import type { Lead, Stage, StageChange } from '../model';

export type Outcome = 'open' | 'won' | 'lost' | 'archived';

/** What the metrics need to know about one lead, worked out once. */
export interface LeadFacts {
  /** Stage changes, oldest first. */
  history: readonly StageChange[];
  outcome: Outcome;
  /** For won and lost leads: when the deal last closed. */
  closedAt: number | undefined;
}

/**
 * The lead's outcome: status says archived, won or lost; an "open" lead sitting in a won
 * or lost stage counts as closed too, because the definitions speak of "closed stages".
 * Reopened deals need no special case: they are judged by where they are now.
 */
export function outcomeOf(lead: Lead, stage: Stage | undefined): Outcome {
  if (lead.status !== 'open') return lead.status;
  return stage?.kind ?? 'open';
}

export function leadFacts(
  lead: Lead,
  history: readonly StageChange[],
  stageById: ReadonlyMap<string, Stage>,
): LeadFacts {
  const sorted = isSortedByTime(history) ? history : [...history].sort((a, b) => a.at - b.at);
  const outcome = outcomeOf(lead, stageById.get(lead.stageId));
  const closed = outcome === 'won' || outcome === 'lost';
  return { history: sorted, outcome, closedAt: closed ? closeTime(lead, sorted, stageById) : undefined };
}

/**
 * When the deal last closed: the start of the history's final run of entries of the same
 * closed kind (lost → lost again is one close; lost → reopened → won counts only the win).
 * The history is preferred to `closedAt`, which a reopen may have left behind; `closedAt`
 * and then the last stage change are fallbacks for histories that end in an open stage.
 */
function closeTime(lead: Lead, history: readonly StageChange[], stageById: ReadonlyMap<string, Stage>): number {
  const last = history[history.length - 1];
  const kind = last ? stageById.get(last.stageId)?.kind : undefined;
  if (!last || kind === undefined || kind === 'open') return lead.closedAt ?? last?.at ?? lead.updatedAt;
  let start = last.at;
  for (let i = history.length - 2; i >= 0; i--) {
    const entry = history[i];
    if (!entry || stageById.get(entry.stageId)?.kind !== kind) break;
    start = entry.at;
  }
  return start;
}

function isSortedByTime(history: readonly StageChange[]): boolean {
  for (let i = 1; i < history.length; i++) {
    if ((history[i]?.at ?? 0) < (history[i - 1]?.at ?? 0)) return false;
  }
  return true;
}
