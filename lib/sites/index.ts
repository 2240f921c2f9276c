import type { Prospect } from '../model';
import { detectGmail } from './gmail';
import { detectLinkedIn } from './linkedin';

/**
 * Every prospect the page shows: LinkedIn profiles, search rows and company pages, or the
 * other participants of an open Gmail thread. Pure: reads only `doc`; never throws.
 */
export function detectProspects(doc: Document, url: string): Prospect[] {
  try {
    const host = new URL(url).hostname;
    if (host === 'mail.google.com') return detectGmail(doc, url);
    if (/(^|\.)linkedin\.com$/.test(host)) return detectLinkedIn(doc, url);
  } catch {
    // An odd page or URL is "no prospect", never an error for the caller.
  }
  return [];
}
