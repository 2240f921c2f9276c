/**
 * Senders that are machines, not people: never prospects. Each rule is a pattern on the
 * lower-cased address with the reason it exists.
 */
export const AUTOMATED_SENDERS: readonly { pattern: RegExp; why: string }[] = [
  // G1 (2014 inbox): no-reply@accounts.google.com, noreply-94292212@plus.google.com.
  { pattern: /^(?:no|do[-_.]?not)[-_.]?reply(?:[-_.+][^@]*)?@/, why: 'no-reply, noreply-<n>, do-not-reply, donotreply' },
  // G1: notifications@mailfoogae.appspotmail.com.
  { pattern: /^notifications?(?:[-_.+][^@]*)?@/, why: 'notification mailers' },
  { pattern: /^(?:mailer-daemon|postmaster)@/, why: 'delivery status reports' },
  { pattern: /^bounces?(?:[-_.+][^@]*)?@/, why: 'bounce handlers' },
  // Google Calendar invitations come from calendar-notification@google.com.
  { pattern: /^calendar-(?:notification|server)[^@]*@/, why: 'calendar invitations' },
  { pattern: /@(?:[^@]+\.)?(?:calendar\.google\.com|bounces\.google\.com)$/, why: 'calendar and bounce hosts' },
  { pattern: /^(?:invitations?|invites?)@/, why: 'calendar and network invitations' },
  { pattern: /^(?:auto-?confirm|automated|autoreply|auto-reply|system|alerts?|daemon)@/, why: 'system mailers' },
];

// One pattern for all the rules: each pattern is compiled (twice, once tiered up) on a page's first
// thread, and every address is tested against all of them (2026-11-27).
const ANY_AUTOMATED = new RegExp(AUTOMATED_SENDERS.map((rule) => `(?:${rule.pattern.source})`).join('|'));

/** True when the address belongs to an automated sender (see `AUTOMATED_SENDERS`). */
export function isAutomatedAddress(email: string): boolean {
  return ANY_AUTOMATED.test(email.trim().toLowerCase());
}

/** Normalise an ignore-list entry ("@Acme.com", "*.acme.com", "acme.com") to "acme.com". */
function ignoreEntry(domain: string): string {
  return domain.trim().toLowerCase().replace(/^\*?\.?@?/, '').replace(/\.$/, '');
}

/** True when the address is on one of `domains` or a subdomain of one. */
export function isIgnoredDomain(email: string, domains: readonly string[] | undefined): boolean {
  if (!domains?.length) return false;
  const host = email.trim().toLowerCase().split('@')[1];
  if (!host) return false;
  return domains.some((raw) => {
    const domain = ignoreEntry(raw);
    return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
  });
}
