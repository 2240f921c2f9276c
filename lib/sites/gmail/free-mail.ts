/**
 * Mailbox providers whose domain says nothing about the sender's employer, so an address
 * on them gives no `companyDomain`. Exact hosts, then provider names under any country TLD.
 */
const FREE_MAIL_HOSTS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.net', 'gmx.com', 'web.de', 't-online.de', 'freenet.de', 'mail.com', 'zoho.com',
  'yandex.com', 'yandex.ru', 'mail.ru', 'fastmail.com', 'hey.com', 'tutanota.com',
  'qq.com', '163.com', '126.com', 'naver.com',
  // Nordic ISPs and portals (the product's first users are in Sweden and Norway).
  'telia.com', 'bredband.net', 'comhem.se', 'spray.se', 'bahnhof.se', 'online.no', 'start.no',
  // French and Spanish ISPs.
  'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 'telefonica.net',
]);

// hotmail.se, yahoo.co.uk, live.no, outlook.dk, gmx.de, …
const FREE_MAIL_BRANDS = /^(?:[a-z]+\.)?(?:yahoo|ymail|hotmail|live|outlook|gmx|aol)\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

/** True when `domain` is a consumer mailbox provider. */
export function isFreeMailDomain(domain: string): boolean {
  const host = domain.trim().toLowerCase();
  return FREE_MAIL_HOSTS.has(host) || FREE_MAIL_BRANDS.test(host);
}

/** The email's domain when it can stand for the sender's company, else undefined. */
export function companyDomainOf(email: string): string | undefined {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (!domain || isFreeMailDomain(domain)) return undefined;
  return domain;
}
