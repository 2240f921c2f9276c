import type { Prospect } from '../../model/prospect';
import { sanitiseProspect } from '../../model/sanitise-prospect';
import { isAutomatedAddress, isIgnoredDomain } from './automated';
import { capOptional } from './cap-text';
import { companyDomainOf } from './free-mail';
import type { MessageView } from './messages';
import { parseSignature, type Signature } from './signature';

/** Someone in the thread other than the user, with their latest signature. */
type Person = { email: string; name?: string; signature?: Signature };

export type ProspectOptions = { ignoreDomains?: readonly string[] };

// A long thread may have many messages from one person; the newest few signatures suffice.
const MAX_BODIES_PER_PERSON = 3;

/** Fields of `newer` win; `older` fills what it lacks (a later reply may carry a shorter signature). */
function mergeSignatures(newer: Signature, older: Signature): Signature {
  return {
    title: newer.title ?? older.title,
    company: newer.company ?? older.company,
    website: newer.website ?? older.website,
    linkedinUrl: newer.linkedinUrl ?? older.linkedinUrl,
    address: newer.address ?? older.address,
    closing: newer.closing ?? older.closing,
    phones: newer.phones.length ? newer.phones : older.phones,
    emails: [...new Set([...newer.emails, ...older.emails])],
  };
}

/** The people of the thread, in order of appearance, minus the user, machines and ignored domains. */
function collectPeople(messages: readonly MessageView[], self: Set<string>, options: ProspectOptions): Person[] {
  const people = new Map<string, Person>();
  // Once per address: a long thread names the same few people in every message's header.
  const verdicts = new Map<string, boolean>();
  const isProspect = (email: string) => {
    let verdict = verdicts.get(email);
    if (verdict === undefined) {
      verdict = !self.has(email) && !isAutomatedAddress(email) && !isIgnoredDomain(email, options.ignoreDomains);
      verdicts.set(email, verdict);
    }
    return verdict;
  };
  const meet = (email: string, name: string | undefined) => {
    if (!isProspect(email)) return;
    const person = people.get(email) ?? { email };
    // The longest shown name wins: Gmail may show "Anna" in one place and "Anna Lind" in another.
    if (name && (!person.name || name.length > person.name.length)) person.name = name;
    people.set(email, person);
  };
  for (const message of messages) {
    if (!message.senderIsMe) meet(message.from.email, message.from.name);
    for (const recipient of message.to) meet(recipient.email, recipient.name);
  }
  // Newest first, so the latest signature wins and older ones only fill gaps.
  const bodiesRead = new Map<string, number>();
  for (const message of [...messages].reverse()) {
    const person = people.get(message.from.email);
    const read = bodiesRead.get(message.from.email) ?? 0;
    if (!person || !message.body || message.senderIsMe || read >= MAX_BODIES_PER_PERSON) continue;
    bodiesRead.set(message.from.email, read + 1);
    const sender = person.name ? { name: person.name, email: person.email } : { email: person.email };
    const signature = parseSignature(message.body, sender);
    person.signature = person.signature ? mergeSignatures(person.signature, signature) : signature;
  }
  return [...people.values()];
}

function toProspect(person: Person, url: string): Prospect | undefined {
  const signature = person.signature;
  const phones = (signature?.phones ?? []).map((phone) => capOptional(phone, 60)).filter((p): p is string => !!p);
  const candidate = {
    source: 'gmail' as const,
    kind: 'person' as const,
    name: capOptional(person.name, 200) ?? person.email,
    email: person.email,
    title: capOptional(signature?.title, 200),
    company: capOptional(signature?.company, 200),
    companyDomain: capOptional(companyDomainOf(person.email), 200),
    phone: phones[0],
    phones: phones.length ? phones.slice(0, 5) : undefined,
    website: capOptional(signature?.website, 300),
    linkedinUrl: capOptional(signature?.linkedinUrl, 300),
    address: capOptional(signature?.address, 300),
    sourceUrl: url.slice(0, 2000),
  };
  const prospect = sanitiseProspect(candidate);
  // The address is who they are here: a person whose address fails the check is dropped whole.
  return prospect?.email ? prospect : undefined;
}

/** One Prospect per other person in the thread; people whose data fails the schema are dropped. */
export function prospectsFromMessages(
  messages: readonly MessageView[],
  self: Set<string>,
  url: string,
  options: ProspectOptions = {},
): Prospect[] {
  return collectPeople(messages, self, options)
    .map((person) => toProspect(person, url))
    .filter((prospect): prospect is Prospect => !!prospect);
}
