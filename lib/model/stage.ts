import { z } from 'zod';

export const StageKind = z.enum(['open', 'won', 'lost']);
export type StageKind = z.infer<typeof StageKind>;

/** A pipeline stage the user owns: its win probability feeds the forecast, idle days the hygiene. */
export const Stage = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1).max(60),
  kind: StageKind,
  probability: z.number().min(0).max(1),
  idleDays: z.number().int().min(1).max(3650),
});
export type Stage = z.infer<typeof Stage>;

export const DEFAULT_STAGES: Stage[] = [
  { id: 'new', name: 'New', kind: 'open', probability: 0.05, idleDays: 7 },
  { id: 'contacted', name: 'Contacted', kind: 'open', probability: 0.1, idleDays: 10 },
  { id: 'qualified', name: 'Qualified', kind: 'open', probability: 0.25, idleDays: 14 },
  { id: 'proposal', name: 'Proposal', kind: 'open', probability: 0.5, idleDays: 14 },
  { id: 'negotiation', name: 'Negotiation', kind: 'open', probability: 0.75, idleDays: 10 },
  { id: 'won', name: 'Won', kind: 'won', probability: 1, idleDays: 3650 },
  { id: 'lost', name: 'Lost', kind: 'lost', probability: 0, idleDays: 3650 },
];
