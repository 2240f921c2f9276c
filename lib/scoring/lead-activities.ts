import type { Activity } from '../model';

/** Activities grouped by lead id, as a Map or a plain record (e.g. after a message round trip). */
export type ActivitiesByLead =
  | ReadonlyMap<string, readonly Activity[]>
  | Readonly<Record<string, readonly Activity[] | undefined>>;

function isMap(byLead: ActivitiesByLead): byLead is ReadonlyMap<string, readonly Activity[]> {
  return byLead instanceof Map;
}

/** The lead's activities; none when the lead has no entry. */
export function activitiesOf(byLead: ActivitiesByLead, leadId: string): readonly Activity[] {
  if (isMap(byLead)) return byLead.get(leadId) ?? [];
  // Own keys only: a lead id such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(byLead, leadId) ? (byLead[leadId] ?? []) : [];
}
