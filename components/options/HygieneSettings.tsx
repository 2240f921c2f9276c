import { HygieneCadence } from '../../lib/model';
import { type MessageKey, useT } from '../i18n';
import { INPUT, LABEL, MUTED } from './field-classes';
import { Section } from './Section';
import { useHygieneSettings } from './use-hygiene-settings';

const CADENCE_LABEL: Record<HygieneCadence, MessageKey> = { weekly: 'cadenceWeekly', biweekly: 'cadenceBiweekly', monthly: 'cadenceMonthly' };
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const MONTH = Array.from({ length: 28 }, (_, i) => i + 1);

/** 4 Jan 1970 was a Sunday: day 0–6 → the locale's weekday name. */
const weekdayName = (day: number) => new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 4 + day));

/** Clean-up cadence and day, the reminder notification, and how long closed leads are kept. */
export function HygieneSettings() {
  const t = useT();
  const { hygiene, retentionMonths, error, denied, save, setNotify } = useHygieneSettings();
  const monthly = hygiene?.cadence === 'monthly';
  return (
    <Section id="hygiene" title={t('hygieneTitle')} intro={t('hygieneIntro')}>
      {error && <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-300">{t('errorPrefix', error)}</p>}
      {hygiene && (
        <div className="flex flex-col gap-4" data-testid="hygiene-settings">
          <div className="flex flex-wrap gap-4">
            <label className={LABEL}>
              {t('hygieneCadence')}
              <select
                className={INPUT}
                value={hygiene.cadence}
                onChange={(e) => {
                  const cadence = HygieneCadence.parse(e.target.value);
                  // `day` is a weekday for the weekly cadences and a date for monthly: a switch starts at the first.
                  void save({ cadence, day: cadence === 'monthly' || monthly ? 1 : hygiene.day });
                }}
                data-testid="hygiene-cadence"
              >
                {HygieneCadence.options.map((c) => <option key={c} value={c}>{t(CADENCE_LABEL[c])}</option>)}
              </select>
            </label>
            <label className={LABEL}>
              {monthly ? t('hygieneDayOfMonth') : t('hygieneWeekday')}
              <select className={INPUT} value={hygiene.day} onChange={(e) => void save({ day: Number(e.target.value) })} data-testid="hygiene-day">
                {(monthly ? MONTH : WEEK).map((d) => <option key={d} value={d}>{monthly ? d : weekdayName(d)}</option>)}
              </select>
            </label>
            <label className={LABEL}>
              {t('retentionMonths')}
              <input
                type="number"
                min={1}
                max={120}
                className={`${INPUT} w-24`}
                defaultValue={retentionMonths}
                onBlur={(e) => {
                  const months = Math.round(Number(e.target.value));
                  if (months >= 1 && months <= 120 && months !== retentionMonths) void save({}, months);
                }}
                data-testid="hygiene-retention"
              />
            </label>
          </div>
          <p className={MUTED}>{t('retentionHelp')}</p>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" checked={hygiene.notify} onChange={(e) => void setNotify(e.target.checked)} data-testid="hygiene-notify" />
            {t('hygieneNotify')}
          </label>
          {denied && <p role="alert" className="text-sm text-amber-800 dark:text-amber-200">{t('hygieneNotifyDenied')}</p>}
        </div>
      )}
    </Section>
  );
}
