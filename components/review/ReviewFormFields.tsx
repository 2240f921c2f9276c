import type { Settings } from '../../lib/model';
import { useT } from '../i18n';
import type { FormValues } from './ReviewActionForm';
import type { FormMode } from './review-keys';

interface Props {
  mode: FormMode;
  settings: Settings;
  stageId?: string;
  values: FormValues;
  onChange: (patch: Partial<FormValues>) => void;
  snoozeDays: readonly number[];
}

const FIELD = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
const LABEL = 'flex flex-col gap-1 text-xs font-medium text-slate-700 dark:text-slate-200';

/** The one or two fields each action asks for; the first takes focus when the form opens. */
export function ReviewFormFields({ mode, settings, stageId, values, onChange, snoozeDays }: Props) {
  const t = useT();
  if (mode === 'archive' || mode === 'lost') {
    const reasons = mode === 'lost' ? settings.lostReasons : settings.archiveReasons;
    return (
      <label className={LABEL}>
        {t('reviewReason')}
        <select autoFocus className={FIELD} value={values.reason} onChange={(e) => onChange({ reason: e.target.value })} data-testid="review-reason">
          {reasons.map((reason) => <option key={reason} value={reason}>{reason}</option>)}
        </select>
      </label>
    );
  }
  if (mode === 'snooze') {
    return (
      <fieldset className="flex gap-3 text-sm">
        <legend className="mb-1 text-xs font-medium text-slate-700 dark:text-slate-200">{t('reviewSnoozeFor')}</legend>
        {snoozeDays.map((days, i) => (
          <label key={days} className="inline-flex items-center gap-1">
            <input type="radio" name="snooze-days" autoFocus={i === 0} checked={values.days === days} onChange={() => onChange({ days })} data-testid={`review-snooze-${days}`} />
            {t('reviewDays', days)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (mode === 'touch') {
    return (
      <label className={LABEL}>
        {t('note')}
        <textarea autoFocus rows={2} maxLength={2000} className={FIELD} value={values.note} onChange={(e) => onChange({ note: e.target.value })} data-testid="review-note" />
      </label>
    );
  }
  if (mode === 'move') {
    const stages = settings.stages.filter((s) => s.kind !== 'lost' && s.id !== stageId);
    return (
      <label className={LABEL}>
        {t('stage')}
        <select autoFocus className={FIELD} value={values.stageId} onChange={(e) => onChange({ stageId: e.target.value })} data-testid="review-stage">
          {stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
    );
  }
  return (
    <div className="grid grid-cols-[1fr_auto] gap-2">
      <label className={LABEL}>
        {t('nextStep')}
        <input autoFocus maxLength={300} className={FIELD} value={values.nextStep} onChange={(e) => onChange({ nextStep: e.target.value })} data-testid="review-next-step" />
      </label>
      <label className={LABEL}>
        {t('nextStepDate')}
        <input type="date" required className={FIELD} value={values.nextStepDate} onChange={(e) => onChange({ nextStepDate: e.target.value })} data-testid="review-next-date" />
      </label>
    </div>
  );
}
