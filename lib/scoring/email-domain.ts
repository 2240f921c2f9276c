/**
 * Free-mail providers. An entry with a dot is one exact domain ("web.de"); one without is a
 * provider name under any country ending ("hotmail" = hotmail.com, hotmail.se, hotmail.co.uk).
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'hotmail', 'outlook', 'live', 'msn.com', 'yahoo', 'ymail.com', 'rocketmail.com',
  'aol', 'icloud.com', 'me.com', 'mac.com', 'gmx', 'web.de', 't-online.de', 'freenet.de', 'online.de', 'arcor.de',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'protonmail.com', 'proton.me',
  'pm.me', 'tutanota.com', 'mail.com', 'yandex', 'mail.ru', 'zoho.com', 'qq.com', '163.com',
];

/** The lower-cased domain of an e-mail address, or undefined when it has none. */
export function emailDomain(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1).trim().toLowerCase().replace(/\.+$/, '');
  return at > 0 && domain.includes('.') ? domain : undefined;
}

/**
 * A predicate for "this domain is on the list". A bare provider name matches only when what
 * follows it looks like a country ending ("live.se", "yahoo.co.uk"), so "live.nation.com"
 * stays a business domain.
 */
export function compileDomainMatcher(entries: readonly string[]): (domain: string) => boolean {
  const exact = new Set<string>();
  const providers = new Set<string>();
  for (const entry of entries) {
    const clean = entry.trim().toLowerCase();
    if (clean) (clean.includes('.') ? exact : providers).add(clean);
  }
  return (domain) => {
    if (exact.has(domain)) return true;
    const [first, ...rest] = domain.split('.');
    if (first === undefined || !providers.has(first)) return false;
    return rest.length === 1 || (rest.length === 2 && (rest[0]?.length ?? 9) <= 3);
  };
}
