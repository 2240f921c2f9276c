/**
 * Identity rules: one person is one lead. Identity is the lower-cased email,
 * else the canonical LinkedIn profile URL.
 */

const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/i;

/** Lower-cased, trimmed email, or undefined when it is not an address. */
export function normaliseEmail(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const email = raw.trim().replace(/^mailto:/i, '').toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
}

/**
 * `https://www.linkedin.com/in/<slug>/` for any variant of a profile URL (http, no www,
 * country subdomain, query, hash, /overlay/…, /recent-activity/…, percent-encoding), else undefined.
 */
export function canonicalLinkedInUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let input = raw.trim();
  if (!/^[a-z]+:\/\//i.test(input)) input = `https://${input.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !LINKEDIN_HOST.test(url.hostname)) return undefined;
  const match = /^\/(?:in|pub)\/([^/?#]+)/i.exec(url.pathname);
  if (!match?.[1]) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    slug = match[1];
  }
  slug = slug.trim().toLowerCase();
  if (!slug || /[\s/]/.test(slug)) return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** `https://www.linkedin.com/company/<slug>/` for a company page URL variant, else undefined. */
export function canonicalLinkedInCompanyUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    if (!LINKEDIN_HOST.test(url.hostname)) return undefined;
    const match = /^\/company\/([^/?#]+)/i.exec(url.pathname);
    if (!match?.[1]) return undefined;
    return `https://www.linkedin.com/company/${encodeURIComponent(decodeURIComponent(match[1]).toLowerCase())}/`;
  } catch {
    return undefined;
  }
}

export type IdentityKey = `email:${string}` | `linkedin:${string}`;

/** Every identity key a person carries; the repository indexes these (multiEntry). */
export function identityKeys(person: { email?: string; linkedinUrl?: string }): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const email = normaliseEmail(person.email);
  if (email) keys.push(`email:${email}`);
  const url = canonicalLinkedInUrl(person.linkedinUrl);
  if (url) keys.push(`linkedin:${url}`);
  return keys;
}
