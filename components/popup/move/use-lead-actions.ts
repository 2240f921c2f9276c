import { useCallback, useState } from 'react';
import { send } from '../../../lib/messaging/client';
import type { Lead, Stage } from '../../../lib/model';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Options {
  addLostReason: (reason: string) => Promise<void>;
  /** After every attempt, landed or not: the caller asks for fresh data. */
  onChanged: () => void;
  /** A sentence for the screen reader (and the status line) once a move landed. */
  announce: (text: string) => void;
  describe: (lead: Lead, stage: Stage) => string;
}

/** Moving leads between stages, marking them won (with a value) or lost (with a reason). */
export function useLeadActions({ addLostReason, onChanged, announce, describe }: Options) {
  const [error, setError] = useState<string>();

  const run = useCallback(
    async (lead: Lead, stage: Stage, work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work();
        setError(undefined);
        announce(describe(lead, stage));
        return true;
      } catch (e) {
        setError(message(e));
        return false;
      } finally {
        onChanged();
      }
    },
    [announce, describe, onChanged],
  );

  return {
    error,
    move: (lead: Lead, stage: Stage) => run(lead, stage, () => send('lead.move', { id: lead.id, stageId: stage.id })),
    win: (lead: Lead, stage: Stage, dealValue: number | undefined, currency: string) =>
      run(lead, stage, async () => {
        if (currency !== lead.currency) await send('lead.update', { id: lead.id, qualification: { currency } });
        await send('lead.move', { id: lead.id, stageId: stage.id, dealValue });
      }),
    lose: (lead: Lead, stage: Stage, reason: string, isNewReason: boolean) =>
      run(lead, stage, async () => {
        if (isNewReason) await addLostReason(reason);
        await send('lead.move', { id: lead.id, stageId: stage.id, reason });
      }),
  };
}
