import { capOptional } from '../cap-text';
import { companyDomainOf } from '../free-mail';
import type { SignatureBlock } from './block';
import { hasChar, isLetter, wordsOf } from './char-kinds';
import { isAddressText, isCountry, phoneDigits } from './contacts';
import { isSenderName, looksLikePersonName } from './names';
import { matchClosing } from './phrases';
import { hasCommaOrDash, hasCompanySuffix, hasTitleWord, splitTitleCompany } from './roles';
import { toSegments } from './segments';

/** What a sender's signature says about them. */
export type Signature = {
  title?: string;
  company?: string;
  phones: string[];
  website?: string;
  linkedinUrl?: string;
  address?: string;
  emails: string[];
  closing?: string;
};

type Role = 'closing' | 'name' | 'title' | 'company' | 'address' | 'contact' | 'other';

/** "northwind" for northwind.example, www.northwind.se, fabrikam.co.uk: a company's name in its domain. */
function domainHint(hostOrUrl: string): string | undefined {
  const host = hostOrUrl.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]?.toLowerCase() ?? '';
  const labels = host.replace(/^www\./, '').split('.');
  const hint = labels.length > 2 && /^(?:co|com|org|net|ac)$/.test(labels.at(-2) ?? '') ? labels.at(-3) : labels.at(-2);
  return hint && hint.length >= 4 ? hint : undefined;
}

const compact = (text: string) => wordsOf(text.toLowerCase()).join('');

/** Short, label-like text: not a sentence or a question. */
function isPlausibleRole(text: string): boolean {
  const words = text.split(/\s+/);
  if (text.length > 80 || words.length > 8 || !hasChar(text, isLetter) || /[?!:]$/.test(text)) return false;
  // Link-like leftovers ("example.com/path", "www.…") are never a title or a company.
  if (/\S\.\S+\/|www\.|:\/\//i.test(text)) return false;
  return !(/\.$/.test(text) && (words.at(-1)?.length ?? 0) > 5);
}

/** Turn a signature block into fields: contacts from every line, then each line's role in order. */
export function readSignature(block: SignatureBlock, sender: { name?: string; email: string }, words: Set<string>): Signature {
  const segments = toSegments(block.lines);
  const emails: string[] = [];
  const phones: string[] = [];
  const websites: string[] = [];
  let linkedinUrl: string | undefined;
  for (const segment of segments) {
    for (const email of segment.emails) if (!emails.includes(email)) emails.push(email);
    for (const phone of segment.phones) {
      if (!phones.some((seen) => phoneDigits(seen) === phoneDigits(phone))) phones.push(phone);
    }
    for (const website of segment.websites) if (!websites.includes(website)) websites.push(website);
    linkedinUrl ??= segment.linkedin[0];
  }
  const senderDomain = companyDomainOf(sender.email);
  const hints = [senderDomain, ...websites].map((host) => host && domainHint(host)).filter((hint): hint is string => !!hint);
  const website = websites.find((url) => hints[0] && domainHint(url) === hints[0]) ?? websites[0];

  let closing = block.closingAbove;
  let title: { text: string; byWord: boolean } | undefined;
  let company: string | undefined;
  let nameSeen = false;
  const address: string[] = [];
  let prev: Role | undefined;

  const setTitle = (text: string, byWord: boolean) => {
    if (!title) title = { text, byWord };
    else if (byWord && !title.byWord) {
      // "Anna Lind / Nordkraft / Head of Sales": the line read as a title by position was the company.
      company ??= title.text;
      title = { text, byWord };
    }
  };

  const roleOf = (text: string): Role => {
    if (!closing && !nameSeen && !title && !company) {
      const found = matchClosing(text);
      if (found) {
        closing = found.closing;
        return found.rest ? roleOf(found.rest) : 'closing';
      }
    }
    if (isAddressText(text) || (prev === 'address' && isCountry(text))) {
      if (address.length === 0 || prev === 'address') address.push(text);
      return 'address';
    }
    const named = hasCommaOrDash(text) ? /^(.+?)(?:,|\s[-–—])\s+(.+)$/u.exec(text) : null;
    if (named?.[1] && named[2] && isSenderName(named[1], words) && !hasTitleWord(named[1])) {
      nameSeen = true;
      return roleOf(named[2]);
    }
    const roleWords = hasTitleWord(text) || hasCompanySuffix(text);
    if (!roleWords && (isSenderName(text, words) || (prev === 'closing' && !nameSeen && looksLikePersonName(text)))) {
      nameSeen = true;
      return 'name';
    }
    const pair = splitTitleCompany(text);
    if (pair) {
      setTitle(pair.title, true);
      company ??= pair.company;
      return 'company';
    }
    if (hasCompanySuffix(text)) {
      company ??= text;
      return 'company';
    }
    if (hasTitleWord(text) && isPlausibleRole(text)) {
      setTitle(text, true);
      return 'title';
    }
    if (hints.some((hint) => compact(text).includes(hint)) && isPlausibleRole(text) && text.length <= 60) {
      company ??= text;
      return 'company';
    }
    // Position: "Name / Title / Company" is the commonest layout (G3: "Eric Karlsson / Product Development").
    if (block.anchor !== 'tail' && isPlausibleRole(text)) {
      if (prev === 'name' && !title) {
        setTitle(text, false);
        return 'title';
      }
      if (prev === 'title' && !company) {
        company = text;
        return 'company';
      }
    }
    return 'other';
  };

  for (const segment of segments) {
    if (!segment.text) {
      if (segment.emails.length || segment.phones.length || segment.websites.length || segment.linkedin.length) {
        prev = 'contact';
      }
      continue;
    }
    prev = roleOf(segment.text);
  }

  const signature: Signature = { phones: phones.slice(0, 5), emails: emails.slice(0, 10) };
  const fields: [keyof Signature, string | undefined, number][] = [
    ['title', title?.text, 200],
    ['company', company, 200],
    ['website', website, 300],
    ['linkedinUrl', linkedinUrl, 300],
    ['address', address.join(', '), 300],
    ['closing', closing, 60],
  ];
  for (const [key, value, max] of fields) {
    const text = capOptional(value, max);
    if (text) Object.assign(signature, { [key]: text });
  }
  return signature;
}
