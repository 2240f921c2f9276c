import type { Lead, LeadStatus, Stage } from '../model';
import { normaliseLabel } from './normalise-label';

/**
 * Where a lead stands in terms every CRM has: won, lost (with how far it got), or open at the
 * n-th open stage of the user's pipeline. The user's stage list is the input, not a fixed list.
 */
export type Standing = { kind: 'won' } | { kind: 'lost'; reachedRank: number } | { kind: 'open'; rank: number };

type StageState = Pick<Lead, 'stageId' | 'status' | 'stageHistory'>;

export function standingOf(lead: StageState, stages: readonly Stage[]): Standing {
  const kind = stages.find((s) => s.id === lead.stageId)?.kind;
  if (lead.status === 'won' || (lead.status === 'open' && kind === 'won')) return { kind: 'won' };
  if (lead.status !== 'open' || kind === 'lost') {
    const ranks = lead.stageHistory.map((change) => openRank(change.stageId, stages));
    return { kind: 'lost', reachedRank: Math.max(0, ...ranks) };
  }
  return { kind: 'open', rank: Math.max(0, openRank(lead.stageId, stages)) };
}

/** Index among the open stages; -1 for a closed or unknown stage. */
function openRank(stageId: string, stages: readonly Stage[]): number {
  return stages.filter((s) => s.kind === 'open').findIndex((s) => s.id === stageId);
}

// HubSpot's default lifecycle stages (internal names), in order; later open stages are deals.
const LIFECYCLE_BY_RANK = ['lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity'] as const;

/** HubSpot "Lifecycle Stage". A lost lead keeps the stage it reached: HubSpot's never moves back. */
export function hubspotLifecycle(standing: Standing): string {
  if (standing.kind === 'won') return 'customer';
  const rank = standing.kind === 'lost' ? standing.reachedRank : standing.rank;
  return LIFECYCLE_BY_RANK[Math.min(rank, LIFECYCLE_BY_RANK.length - 1)] ?? 'lead';
}

/** HubSpot "Lead Status" (internal values); a customer is no longer worked as a lead, so none. */
export function hubspotLeadStatus(standing: Standing): string {
  if (standing.kind === 'won') return '';
  if (standing.kind === 'lost') return 'UNQUALIFIED';
  if (standing.rank === 0) return 'NEW';
  return hubspotLifecycle(standing) === 'opportunity' ? 'OPEN_DEAL' : 'IN_PROGRESS';
}

/** Salesforce Lead Status, from the default picklist. */
export function salesforceLeadStatus(standing: Standing): string {
  if (standing.kind === 'won') return 'Closed - Converted';
  if (standing.kind === 'lost') return 'Closed - Not Converted';
  return standing.rank === 0 ? 'Open - Not Contacted' : 'Working - Contacted';
}

/** Pipedrive "Deal - Status". Pipedrive has no archive for deals: archived leads are lost. */
export function pipedriveDealStatus(standing: Standing): 'open' | 'won' | 'lost' {
  return standing.kind;
}

/**
 * The stage a CRM value names: a stage id or name, or any of the vocabularies above (so an
 * export to HubSpot or Salesforce imports back to a stage at the same point of the pipeline).
 */
export function resolveStageValue(value: string, stages: readonly Stage[]): { stageId: string; status: LeadStatus } | undefined {
  return stageLookup(stages).get(normaliseLabel(value));
}

// One table per stage list: an import asks once per row, and 50,000 rows share one pipeline.
const lookups = new WeakMap<readonly Stage[], Map<string, { stageId: string; status: LeadStatus }>>();

function stageLookup(stages: readonly Stage[]): Map<string, { stageId: string; status: LeadStatus }> {
  let table = lookups.get(stages);
  if (table) return table;
  table = new Map();
  // Ids and names first, so that a stage called "Lead" is not taken for HubSpot's lifecycle stage.
  for (const stage of stages) {
    for (const label of [stage.id, stage.name]) {
      const key = normaliseLabel(label);
      if (key && !table.has(key)) table.set(key, inStage(stage));
    }
  }
  for (const stage of stages) {
    const standing = standingOf({ stageId: stage.id, status: 'open', stageHistory: [] }, stages);
    for (const label of [hubspotLifecycle(standing), hubspotLeadStatus(standing), salesforceLeadStatus(standing)]) {
      const key = normaliseLabel(label);
      if (key && !table.has(key)) table.set(key, inStage(stage));
    }
  }
  lookups.set(stages, table);
  return table;
}

function inStage(stage: Stage): { stageId: string; status: LeadStatus } {
  return { stageId: stage.id, status: stage.kind };
}

const STATUS_WORDS: Record<string, LeadStatus> = {
  open: 'open', oppen: 'open', won: 'won', vunnen: 'won', vunnet: 'won', lost: 'lost',
  forlorad: 'lost', forlorat: 'lost', archived: 'archived', arkiverad: 'archived', arkiverat: 'archived',
};

/** A status word in English or Swedish ("won", "Vunnen"), else undefined. */
export function resolveStatusValue(value: string): LeadStatus | undefined {
  return STATUS_WORDS[normaliseLabel(value)];
}
