import type { Prospect } from '../../model';
import { type ProspectDraft, sanitiseProspect } from '../../model/sanitise-prospect';
import { cleanText } from './text';

/**
 * The draft as a `Prospect` when its required fields hold, else undefined: an adapter drops
 * what it cannot vouch for rather than handing half a record on. Optional fields that fail
 * (empty, too long) are left out. No zod here: this runs in the content script.
 */
export function toProspect(draft: Omit<ProspectDraft, 'source'>): Prospect | undefined {
  return sanitiseProspect({ ...draft, source: 'linkedin', sourceUrl: cleanText(draft.sourceUrl, 2000) });
}
