import { z } from 'zod';
import { ScorePart, ScoringModel } from '../../model';

const Grade = z.enum(['A', 'B', 'C', 'D']);
const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable();

/** A lead whose grade a model change would move. */
export const GradeMove = z.object({
  leadId: z.string(),
  name: z.string(),
  from: Grade,
  to: Grade,
  fromScore: z.number(),
  toScore: z.number(),
});

/** The longest list of moves a preview answers with; the counts always cover every lead. */
export const MAX_PREVIEW_MOVES = 200;

export const ModelPreview = z.object({
  up: count,
  down: count,
  same: count,
  moves: z.array(GradeMove).max(MAX_PREVIEW_MOVES),
});
export type ModelPreview = z.infer<typeof ModelPreview>;

/** A background re-score of every lead: how far it got. `jobId` is null before the first. */
export const RescoreProgress = z.object({
  jobId: z.string().nullable(),
  running: z.boolean(),
  done: count,
  total: count,
  /** The model version the job scores with. */
  version: z.number().int(),
  error: z.string().optional(),
});
export type RescoreProgress = z.infer<typeof RescoreProgress>;

const WinCount = z.object({ leads: count, won: count, winRate: rate });

export const CalibrationReport = z.object({
  enoughData: z.boolean(),
  message: z.string(),
  closed: count,
  won: count,
  lost: count,
  grades: z.array(z.object({ grade: Grade, leads: count, won: count, lost: count, winRate: rate })),
  auc: z.number().min(0).max(1).nullable(),
  criteria: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      part: ScorePart,
      points: z.number(),
      matching: WinCount,
      other: WinCount,
      lift: z.number().nullable(),
      difference: z.number().nullable(),
      z: z.number().nullable(),
    }),
  ),
  suggestions: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      part: ScorePart,
      direction: z.enum(['raise', 'lower']),
      from: z.number(),
      to: z.number(),
      reason: z.string(),
    }),
  ),
});
export type CalibrationReport = z.infer<typeof CalibrationReport>;

export const scoringProtocol = {
  'scoring.getModel': {
    request: z.object({}),
    response: z.object({ model: ScoringModel }),
  },
  /** What saving `model` would do to the user's leads, before it is saved. */
  'scoring.preview': {
    request: z.object({ model: ScoringModel }),
    response: ModelPreview,
  },
  /** Stores the model (version bumped) and starts re-scoring every lead; answers at once. */
  'scoring.saveModel': {
    request: z.object({ model: ScoringModel }),
    response: z.object({ model: ScoringModel, jobId: z.string() }),
  },
  'scoring.progress': {
    request: z.object({}),
    response: RescoreProgress,
  },
  /** How the saved model (or `model`) predicted the closed leads, and what to change. */
  'scoring.calibrate': {
    request: z.object({ model: ScoringModel.optional() }),
    response: CalibrationReport,
  },
} as const;
