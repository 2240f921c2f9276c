import { useState } from 'react';
import type { Lead, Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { Dialog } from '../Dialog';
import { secondaryButton } from '../styles';
import { LostForm } from './LostForm';
import { WonForm } from './WonForm';

export type MoveStep = 'pick' | 'won' | 'lost';

interface Props {
  lead: Lead;
  stages: Stage[];
  lostReasons: string[];
  step: MoveStep;
  onMove: (stage: Stage) => void;
  onWon: (stage: Stage, dealValue: number | undefined, currency: string) => void;
  onLost: (stage: Stage, reason: string, isNewReason: boolean) => void;
  onClose: () => void;
}

/** "Move to…": any open stage at once; won asks the value, lost asks the reason. */
export function MoveDialog({ lead, stages, lostReasons, step: initial, onMove, onWon, onLost, onClose }: Props) {
  const t = useT();
  const [step, setStep] = useState<MoveStep>(initial);
  const won = stages.find((s) => s.kind === 'won');
  const lost = stages.find((s) => s.kind === 'lost');
  const title = step === 'won' ? t('markWonTitle', lead.name) : step === 'lost' ? t('markLostTitle', lead.name) : t('moveTitle', lead.name);
  return (
    <Dialog title={title} onClose={onClose} testId="move-dialog">
      {step === 'won' && won && <WonForm lead={lead} onConfirm={(value, currency) => onWon(won, value, currency)} onCancel={onClose} />}
      {step === 'lost' && lost && <LostForm reasons={lostReasons} onConfirm={(reason, isNew) => onLost(lost, reason, isNew)} onCancel={onClose} />}
      {step === 'pick' && (
        <div className="flex flex-col gap-1" role="group" aria-label={t('stages')}>
          {stages.filter((s) => s.kind === 'open').map((stage) => (
            <button
              key={stage.id}
              type="button"
              disabled={stage.id === lead.stageId && lead.status === 'open'}
              aria-current={stage.id === lead.stageId ? 'true' : undefined}
              onClick={() => onMove(stage)}
              className={`${secondaryButton} text-left`}
              data-testid={`move-to-${stage.id}`}
            >
              {stage.name}
              {stage.id === lead.stageId && ` (${t('currentStage')})`}
            </button>
          ))}
          <div className="mt-2 flex gap-2">
            {won && <button type="button" onClick={() => setStep('won')} className={`${secondaryButton} flex-1`} data-testid="mark-won">{t('markWonEllipsis')}</button>}
            {lost && <button type="button" onClick={() => setStep('lost')} className={`${secondaryButton} flex-1`} data-testid="mark-lost">{t('markLostEllipsis')}</button>}
          </div>
        </div>
      )}
    </Dialog>
  );
}
