import { canonicalLinkedInUrl, normaliseEmail } from '../../../model/identity';
import { capText } from '../cap-text';
import type { BodyLine } from './body-lines';
import { hasChar, isLetterOrNumber } from './char-kinds';
import { findEmails, findLinks, findPhones, normaliseWebsite } from './contacts';

/** One piece of a signature line (lines split at "|", "·", "•"), with the contacts read off it. */
export type Segment = {
  /** What is left once contacts and their labels are removed; '' when nothing is. */
  text: string;
  emails: string[];
  phones: string[];
  websites: string[];
  linkedin: string[];
  /** Index of the line it came from. */
  line: number;
};

const SEPARATORS = /\s*[|•·∙⋅◦♦]\s*|\t+|\s{4,}/u;

// Labels in front of contact details, dropped once the detail itself is taken out.
const LABELS = new Set([
  'tel', 'tfn', 'tlf', 'telefon', 'telephone', 'phone', 'ph', 'mobile', 'mobil', 'mob', 'cell', 'direct', 'direkt',
  'dir', 'office', 'work', 'växel', 'vxl', 'handy', 'móvil', 'movil', 'teléfono', 'téléphone', 'tél', 'portable', 'fax',
  'telefax', 'e-mail', 'email', 'e-post', 'epost', 'mail', 'courriel', 'correo', 'web', 'website', 'webb', 'hemsida',
  'nettside', 'site', 'url', 'linkedin', 'twitter', 'x', 'm', 't', 'p', 'e', 'w', 'f', 'd', 'o', 'a', 'adress',
  'address', 'adresse', 'dirección',
]);

function withoutLabels(rest: string): string {
  const words = rest.replace(/[:\s,;|/–—()-]+/gu, ' ').trim().split(' ');
  const meaningful = words.filter((word) => word && !LABELS.has(word.toLowerCase().replace(/[.:]$/, '')));
  if (meaningful.length === 0 || !meaningful.some((word) => hasChar(word, isLetterOrNumber))) return '';
  return capText(rest.replace(/^[\s:,;–—-]+|[\s:,;–—-]+$/gu, ''), 200);
}

function readSegment(raw: string, line: number): Segment {
  const emails = findEmails(raw);
  const links = findLinks(emails.rest);
  const phones = findPhones(links.rest);
  const text = emails.values.length || links.linkedin.length || links.websites.length || phones.values.length
    ? withoutLabels(phones.rest)
    : capText(raw, 200);
  return { text, emails: emails.values, phones: phones.values, websites: links.websites, linkedin: links.linkedin, line };
}

/** Contacts carried only by a line's links: `mailto:`, `tel:`, LinkedIn icons, website logos. */
function readHrefs(hrefs: readonly string[], line: number): Segment {
  const segment: Segment = { text: '', emails: [], phones: [], websites: [], linkedin: [], line };
  for (const href of hrefs) {
    if (/^mailto:/i.test(href)) {
      const email = normaliseEmail(decodeURIComponentSafe(href.slice(7).split('?')[0] ?? ''));
      if (email) segment.emails.push(email);
    } else if (/^tel:/i.test(href)) {
      const phone = capText(decodeURIComponentSafe(href.slice(4)), 60);
      if (phone.replace(/\D/g, '').length >= 7) segment.phones.push(phone);
    } else if (/^https?:\/\//i.test(href)) {
      const profile = canonicalLinkedInUrl(href);
      const website = profile ? undefined : normaliseWebsite(href);
      if (profile) segment.linkedin.push(profile);
      if (website) segment.websites.push(website);
    }
  }
  return segment;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The block's lines as segments, in reading order. Link targets come after the line's text
 * segments, so what the text says wins over where a link points.
 */
export function toSegments(lines: readonly BodyLine[]): Segment[] {
  const segments: Segment[] = [];
  lines.forEach((line, index) => {
    for (const part of line.text.split(SEPARATORS)) {
      if (part.trim()) segments.push(readSegment(part, index));
    }
    if (line.hrefs.length) segments.push(readHrefs(line.hrefs, index));
  });
  return segments;
}
