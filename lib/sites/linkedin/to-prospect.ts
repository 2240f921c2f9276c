import { Prospect } from '../../model';
import { cleanText } from './text';

export type ProspectDraft = { [K in keyof Prospect]?: Prospect[K] | undefined };

/**
 * The draft as a `Prospect` when it passes the schema, else undefined: an adapter drops what
 * it cannot vouch for rather than handing half a record on. Undefined fields are left out.
 */
export function toProspect(draft: ProspectDraft): Prospect | undefined {
  const fields = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
  const parsed = Prospect.safeParse({ ...fields, source: 'linkedin', sourceUrl: cleanText(draft.sourceUrl, 2000) });
  return parsed.success ? parsed.data : undefined;
}
