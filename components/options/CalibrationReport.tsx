import type { CalibrationReport as Report } from '../../lib/messaging/protocol/scoring';
import { useT } from '../i18n';
import { countText } from './count-text';
import { GradeTable, LiftTable } from './CalibrationTables';
import { CalibrationSuggestions } from './CalibrationSuggestions';
import { MUTED, SECONDARY } from './field-classes';

// The background calibrates with lib/scoring's default minimum of closed leads.
const MIN_CLOSED = 20;

interface Props {
  report?: Report;
  error?: string;
  onApply: (suggestion: Report['suggestions'][number]) => void;
  onRefresh: () => void;
}

/** How well the score predicted won vs. lost, or why there is not enough data to say. */
export function CalibrationReport({ report, error, onApply, onRefresh }: Props) {
  const t = useT();
  if (error) return <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t('errorPrefix', error)}</p>;
  if (!report) return <p role="status" className={MUTED}>{t('loading')}</p>;
  const refresh = <button type="button" className={`${SECONDARY} self-start`} onClick={onRefresh}>{t('optionsRefresh')}</button>;
  if (!report.enoughData) {
    const why = report.closed < MIN_CLOSED
      ? countText(t, report.closed, 'optionsTooFewClosedOne', 'optionsTooFewClosed', MIN_CLOSED)
      : t('optionsNeedBothOutcomes', report.won, report.lost);
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm" data-testid="calibration-not-enough">{why}</p>
        {refresh}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4" data-testid="calibration-report">
      <p className="text-sm">{t('optionsClosedSummary', report.closed, report.won, report.lost)}</p>
      <div className="grid gap-6 lg:grid-cols-[auto_minmax(0,1fr)]">
        <div className="flex flex-col gap-4">
          <GradeTable grades={report.grades} />
          <div>
            <p className="text-sm font-semibold">{t('optionsAuc')}</p>
            <p className="text-2xl font-bold tabular-nums" data-testid="auc">{report.auc === null ? '—' : report.auc.toFixed(2)}</p>
            <p className={`text-xs ${MUTED}`}>{t('optionsAucHint')}</p>
          </div>
        </div>
        <CalibrationSuggestions suggestions={report.suggestions} criteria={report.criteria} onApply={onApply} />
      </div>
      <LiftTable criteria={report.criteria} />
      {refresh}
    </div>
  );
}
