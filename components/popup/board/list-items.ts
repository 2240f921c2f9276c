import type { Lead, Stage } from '../../../lib/model';

/** The virtual list's item heights, in pixels. */
export const ROW_HEIGHT = 56;
export const HEADING_HEIGHT = 28;
/** The hint under the list that each row's open button points to. */
export const ROW_KEYS_HINT_ID = 'pipewell-row-keys';

export type ListItem = { kind: 'stage'; stage: Stage; count: number } | { kind: 'lead'; lead: Lead; stage: Stage | undefined };

/**
 * The list's rows: grouped under a heading per stage in pipeline order (each group keeps the
 * score order it came in), or flat when `grouped` is false. Leads in a stage the settings no
 * longer have come last.
 */
export function listItems(leads: readonly Lead[], stages: readonly Stage[], grouped: boolean): ListItem[] {
  const byId = new Map(stages.map((s) => [s.id, s]));
  if (!grouped) return leads.map((lead) => ({ kind: 'lead', lead, stage: byId.get(lead.stageId) }));
  const groups = new Map<string, Lead[]>();
  for (const lead of leads) {
    const group = groups.get(lead.stageId) ?? [];
    group.push(lead);
    groups.set(lead.stageId, group);
  }
  const order = [...stages.map((s) => s.id), ...[...groups.keys()].filter((id) => !byId.has(id))];
  const items: ListItem[] = [];
  for (const id of order) {
    const members = groups.get(id);
    if (!members) continue;
    const stage = byId.get(id) ?? { id, name: id, kind: 'open', probability: 0, idleDays: 3650 };
    items.push({ kind: 'stage', stage, count: members.length });
    for (const lead of members) items.push({ kind: 'lead', lead, stage: byId.get(id) });
  }
  return items;
}

/** The open stage before or after the lead's, for `[` and `]`; undefined at either end. */
export function neighbourStage(stages: readonly Stage[], stageId: string, step: -1 | 1): Stage | undefined {
  const open = stages.filter((s) => s.kind === 'open');
  const at = open.findIndex((s) => s.id === stageId);
  return at < 0 ? undefined : open[at + step];
}
