import { useState } from 'react';
import type { Stage } from '../../lib/model';
import { useT } from '../i18n';
import { countText } from './count-text';
import { INPUT, LABEL, PRIMARY, SECONDARY } from './field-classes';

interface Props {
  stage: Stage;
  targets: Stage[];
  leads: number;
  busy: boolean;
  onConfirm: (moveTo: string) => void;
  onCancel: () => void;
}

/** Asks where the leads of a stage go before the stage is removed. */
export function StageRemoval({ stage, targets, leads, busy, onConfirm, onCancel }: Props) {
  const t = useT();
  const [moveTo, setMoveTo] = useState(targets.find((s) => s.kind === 'open')?.id ?? targets[0]?.id ?? '');
  return (
    <div role="group" aria-label={t('optionsRemoveStage', stage.name)} className="flex flex-wrap items-end gap-2 rounded border border-red-200 bg-red-50 p-2 dark:border-red-900 dark:bg-red-950/40" data-testid="stage-removal">
      <label className={LABEL}>
        {t('optionsMoveLeadsTo', stage.name)} ({countText(t, leads, 'optionsStageLeadsOne', 'optionsStageLeads')})
        <select className={INPUT} aria-label={t('optionsMoveLeadsTo', stage.name)} value={moveTo} onChange={(e) => setMoveTo(e.target.value)} autoFocus data-testid="stage-move-to">
          {targets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <button type="button" className={PRIMARY} disabled={busy || !moveTo} onClick={() => onConfirm(moveTo)} data-testid="confirm-remove-stage">
        {t('optionsConfirmRemove')}
      </button>
      <button type="button" className={SECONDARY} onClick={onCancel}>{t('cancel')}</button>
    </div>
  );
}
