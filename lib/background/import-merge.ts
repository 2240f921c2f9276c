import type { LeadPatch } from '../io/lead-patch';
import { type Lead, mergeFields } from '../model';

/**
 * What an imported row does to a stored lead: the capture merge rules for the person's fields
 * (gaps fill, fresher values replace, the user's own edits win), and for the deal only gaps:
 * the pipeline the user keeps (stage, status, currency of a set value) is never moved by a file.
 * Notes the lead does not already hold are appended, tags are added. An import is not a touch
 * with the person, so the last touch stays where it was (staleness reads it).
 */
export function mergeImported(lead: Lead, patch: LeadPatch, now: number): { lead: Lead; changed: string[] } {
  const { lead: merged, changed: fields } = mergeFields(lead, patch, now);
  const changed: string[] = [...fields];
  const next: Lead = { ...merged, lastTouchAt: lead.lastTouchAt };
  const fill = <K extends 'lostReason' | 'nextStep'>(key: K) => {
    if (patch[key] && !next[key]) {
      next[key] = patch[key];
      changed.push(key);
    }
  };
  if (patch.dealValue !== undefined && next.dealValue === undefined) {
    next.dealValue = patch.dealValue;
    if (patch.currency) next.currency = patch.currency;
    changed.push('dealValue');
  }
  fill('nextStep');
  if (next.status !== 'open') fill('lostReason');
  const notes = patch.notes?.trim();
  if (notes && !next.notes.includes(notes)) {
    next.notes = (next.notes ? `${next.notes}\n\n${notes}` : notes).slice(0, 20_000);
    changed.push('notes');
  }
  const tags = [...new Set([...next.tags, ...(patch.tags ?? [])])].slice(0, 50);
  if (tags.length !== next.tags.length) {
    next.tags = tags;
    changed.push('tags');
  }
  return { lead: next, changed };
}
