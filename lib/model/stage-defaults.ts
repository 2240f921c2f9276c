import type { Stage } from './stage';

/**
 * The stages a new pipeline starts with. Kept apart from the zod schemas so a page that draws
 * before loading them (the popup's first paint) reads the same list.
 */
export const DEFAULT_STAGES: Stage[] = [
  { id: 'new', name: 'New', kind: 'open', probability: 0.05, idleDays: 7 },
  { id: 'contacted', name: 'Contacted', kind: 'open', probability: 0.1, idleDays: 10 },
  { id: 'qualified', name: 'Qualified', kind: 'open', probability: 0.25, idleDays: 14 },
  { id: 'proposal', name: 'Proposal', kind: 'open', probability: 0.5, idleDays: 14 },
  { id: 'negotiation', name: 'Negotiation', kind: 'open', probability: 0.75, idleDays: 10 },
  { id: 'won', name: 'Won', kind: 'won', probability: 1, idleDays: 3650 },
  { id: 'lost', name: 'Lost', kind: 'lost', probability: 0, idleDays: 3650 },
];

/** Yes answers (of four) that make a lead qualified, until the user says otherwise. */
export const DEFAULT_QUALIFIED_MIN_YES = 3;
