import type { Stage } from '../../lib/model';
import { type MessageKey, useT } from '../i18n';
import { countText } from './count-text';
import { ICON_BUTTON, INPUT, LABEL } from './field-classes';
import { NumberField } from './NumberField';

const KIND: Record<Stage['kind'], MessageKey> = { open: 'optionsKindOpen', won: 'optionsKindWon', lost: 'optionsKindLost' };

interface Props {
  stage: Stage;
  leads: number;
  first: boolean;
  last: boolean;
  onChange: (stage: Stage) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One stage: order, name, kind, win probability, idle days, how many leads it holds. */
export function StageRow({ stage, leads, first, last, onChange, onMove, onRemove }: Props) {
  const t = useT();
  const name = stage.name || '…';
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="stage-row">
      <div className="flex flex-col">
        <button type="button" className={ICON_BUTTON} disabled={first} aria-label={t('optionsMoveStageUp', name)} onClick={() => onMove(-1)}>↑</button>
        <button type="button" className={ICON_BUTTON} disabled={last} aria-label={t('optionsMoveStageDown', name)} onClick={() => onMove(1)}>↓</button>
      </div>
      <label className={LABEL}>
        {t('optionsStageName')}
        <input className={`${INPUT} w-48`} maxLength={60} value={stage.name} onChange={(e) => onChange({ ...stage, name: e.target.value })} data-testid="stage-name" />
      </label>
      <p className={`${LABEL} w-14`}>
        {t('optionsStageKind')}
        <span className="py-1 text-sm font-normal">{t(KIND[stage.kind])}</span>
      </p>
      <NumberField label={t('optionsStageProbability')} value={Math.round(stage.probability * 100)} min={0} max={100}
        onChange={(n) => onChange({ ...stage, probability: Math.min(100, Math.max(0, n)) / 100 })} />
      <NumberField label={t('optionsStageIdleDays')} value={stage.idleDays} min={1} max={3650}
        onChange={(n) => onChange({ ...stage, idleDays: Math.round(n) })} />
      <p className="pb-1 text-sm text-slate-600 dark:text-slate-400">{countText(t, leads, 'optionsStageLeadsOne', 'optionsStageLeads')}</p>
      <button type="button" className={`${ICON_BUTTON} ml-auto`} onClick={onRemove} data-testid="remove-stage">
        {t('optionsRemoveStage', name)}
      </button>
    </div>
  );
}
