import { METRICS_PERIODS, type MetricsPeriodDays } from '../../../lib/messaging/protocol/pipeline';
import { useT } from '../../i18n';

/** 30, 90 or 365 days, as a radio group that looks like a segmented control. */
export function PeriodPicker({ value, onChange }: { value: MetricsPeriodDays; onChange: (days: MetricsPeriodDays) => void }) {
  const t = useT();
  return (
    <fieldset className="flex shrink-0 items-center gap-2">
      <legend className="sr-only">{t('period')}</legend>
      <span aria-hidden="true" className="text-xs text-slate-700 dark:text-slate-200">{t('period')}</span>
      <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {METRICS_PERIODS.map((days) => (
          <label
            key={days}
            className={`cursor-pointer px-2 py-0.5 text-xs whitespace-nowrap has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-inset has-[:focus-visible]:ring-indigo-500 ${
              value === days ? 'bg-indigo-700 text-white dark:bg-indigo-400 dark:text-slate-950' : 'text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-700'
            }`}
          >
            <input type="radio" name="metrics-period" className="sr-only" checked={value === days} onChange={() => onChange(days)} data-testid={`period-${days}`} />
            {t('lastDays', days)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
