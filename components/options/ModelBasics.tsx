import type { EngagementDecay, ScoringModel } from '../../lib/model';
import { type MessageKey, useT } from '../i18n';
import { INPUT, LABEL, MUTED } from './field-classes';
import { NumberField } from './NumberField';

const PARTS = [
  ['fit', 'optionsPartFit'],
  ['engagement', 'optionsPartEngagement'],
  ['qualification', 'optionsPartQualification'],
] as const satisfies readonly (readonly [keyof ScoringModel['weights'], MessageKey])[];

interface Props {
  model: ScoringModel;
  onChange: (model: ScoringModel) => void;
}

/** Part weights, grade thresholds and how engagement fades (half-life or window). */
export function ModelBasics({ model, onChange }: Props) {
  const t = useT();
  const setDecay = (decay: EngagementDecay) => onChange({ ...model, engagement: { ...model.engagement, decay } });
  const box = 'flex min-w-0 flex-col gap-2 rounded border border-slate-200 p-3 dark:border-slate-700';
  const legend = 'px-1 text-sm font-semibold';
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <fieldset className={box}>
        <legend className={legend}>{t('optionsWeights')}</legend>
        <div className="flex flex-wrap gap-2">
          {PARTS.map(([part, key]) => (
            <NumberField key={part} label={t(key)} value={model.weights[part]} min={0} max={100} testId={`weight-${part}`}
              onChange={(n) => onChange({ ...model, weights: { ...model.weights, [part]: n } })} />
          ))}
        </div>
        <p className={`text-xs ${MUTED}`}>{t('optionsWeightsHint')}</p>
      </fieldset>
      <fieldset className={box}>
        <legend className={legend}>{t('optionsGrades')}</legend>
        <div className="flex flex-wrap gap-2">
          {(['A', 'B', 'C'] as const).map((grade) => (
            <NumberField key={grade} label={t('optionsGradeFrom', grade)} value={model.grades[grade]} min={0} max={100} testId={`grade-${grade}`}
              onChange={(n) => onChange({ ...model, grades: { ...model.grades, [grade]: n } })} />
          ))}
        </div>
        <p className={`text-xs ${MUTED}`}>{t('optionsGradesHint')}</p>
      </fieldset>
      <fieldset className={box}>
        <legend className={legend}>{t('optionsDecay')}</legend>
        <label className={LABEL}>
          {t('optionsDecayKind')}
          <select className={`${INPUT} w-full`} aria-label={t('optionsDecayKind')} value={model.engagement.decay.kind} data-testid="decay-kind"
            onChange={(e) => setDecay({ kind: e.target.value === 'window' ? 'window' : 'halfLife', days: model.engagement.decay.days })}>
            <option value="halfLife">{t('optionsDecayHalfLife')}</option>
            <option value="window">{t('optionsDecayWindow')}</option>
          </select>
        </label>
        <NumberField label={t('optionsDecayDays')} value={model.engagement.decay.days} min={1} max={3650} testId="decay-days"
          onChange={(days) => setDecay({ ...model.engagement.decay, days })} />
      </fieldset>
    </div>
  );
}
