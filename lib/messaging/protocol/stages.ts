import { z } from 'zod';
import { Settings } from '../../model';

const stageId = z.string().min(1).max(60);

export const stagesProtocol = {
  /**
   * Removes a stage after moving every lead in it (archived ones too) to `moveTo`, each move
   * recorded in the lead's stage history.
   */
  'stage.remove': {
    request: z.object({ stageId, moveTo: stageId }),
    response: z.object({ settings: Settings, moved: z.number().int().min(0) }),
  },
} as const;
