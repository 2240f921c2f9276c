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

export { DEFAULT_STAGES } from './stage-defaults';
