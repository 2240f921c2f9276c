import { z } from 'zod';
import { Settings, Stage } from '../../model';

export const StageCount = z.object({
  stage: Stage,
  count: z.number().int(),
  /** Deal value per currency: never summed across currencies. */
  value: z.record(z.string(), z.number()),
});

export const settingsProtocol = {
  'settings.get': {
    request: z.object({}),
    response: z.object({ settings: Settings }),
  },
  'settings.update': {
    request: z.object({ settings: Settings.partial() }),
    response: z.object({ settings: Settings }),
  },
  /** Count and value per stage for the board, plus the total number of leads. */
  'pipeline.board': {
    request: z.object({}),
    response: z.object({ columns: z.array(StageCount), total: z.number().int() }),
  },
  /** Opens the full Pipewell page on a lead (from a page card's "Open in Pipewell"). */
  'ui.openLead': {
    request: z.object({ id: z.string().min(1).max(64) }),
    response: z.object({ opened: z.boolean() }),
  },
  /** The bootstrap script asks for the overlay on a page that can show a card. */
  'overlay.inject': {
    request: z.object({ site: z.enum(['linkedin', 'gmail']) }),
    response: z.object({ injected: z.boolean() }),
  },
} as const;
