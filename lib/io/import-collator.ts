import { identityKeys, type IdentityKey, type Lead } from '../model';
import { fillGaps, patchFromLead, type LeadPatch } from './lead-patch';

type Slot = { kind: 'new'; index: number } | { kind: 'merge'; index: number };

export interface CollatorOptions {
  /** A stored lead's id by identity key. */
  lookup: (key: IdentityKey) => string | undefined;
  /** Whether a lead id is stored: a Pipewell row keeps its id, so the id finds it too. */
  leadExists?: (id: string) => boolean;
  /** The lead a row of a mapped file becomes when it is nobody known. */
  createLead: (patch: LeadPatch & { name: string }) => Lead;
}

/**
 * Gathers import rows into one entry per person: a new lead, or a merge into a stored one.
 * Identity keys are tried in order (email before LinkedIn), this file's people before stored ones.
 */
export function createCollator(options: CollatorOptions) {
  const newLeads: Lead[] = [];
  const merges: { leadId: string; fields: LeadPatch }[] = [];
  const slots = new Map<string, Slot>();
  const mergeIndex = new Map<string, number>();
  const newIds = new Map<string, number>();

  function mergeSlot(leadId: string): Slot {
    const index = mergeIndex.get(leadId) ?? merges.push({ leadId, fields: {} }) - 1;
    mergeIndex.set(leadId, index);
    return { kind: 'merge', index };
  }

  function findSlot(value: LeadPatch | Lead, keys: readonly IdentityKey[]): Slot | undefined {
    for (const key of keys) {
      const slot = slots.get(key);
      if (slot) return slot;
      const leadId = options.lookup(key);
      if (leadId) return mergeSlot(leadId);
    }
    if ('id' in value && options.leadExists?.(value.id)) return mergeSlot(value.id);
    return undefined;
  }

  /** Takes one row's value; returns why it cannot be taken, if it cannot. */
  function add(value: LeadPatch | Lead, row: number): string | undefined {
    const stored = 'identities' in value ? (value.identities as IdentityKey[]) : [];
    const keys = [...new Set([...stored, ...identityKeys(value)])];
    let slot = findSlot(value, keys);
    if (slot?.kind === 'new') {
      newLeads[slot.index] = fillGaps(newLeads[slot.index]!, toPatch(value));
    } else if (slot?.kind === 'merge') {
      const merge = merges[slot.index]!;
      merge.fields = fillGaps(merge.fields, toPatch(value));
    } else if (!value.name) {
      return 'no name: fill in the name, or the first and last name';
    } else if ('id' in value && newIds.has(value.id)) {
      return `lead id “${value.id}” is already on row ${newIds.get(value.id)}`;
    } else {
      if ('id' in value) newIds.set(value.id, row);
      slot = { kind: 'new', index: newLeads.push('id' in value ? value : options.createLead({ ...value, name: value.name })) - 1 };
    }
    for (const key of keys) if (!slots.has(key)) slots.set(key, slot);
    return undefined;
  }

  return { newLeads, merges, add };
}

function toPatch(value: LeadPatch | Lead): LeadPatch {
  return 'id' in value ? patchFromLead(value) : value;
}
