import type { CalibrationReport } from '../../lib/messaging/protocol/scoring';
import { useT } from '../i18n';
import { percent, times } from './calibration-format';
import { PART_LABEL } from './CriteriaTable';

const TH = 'py-1 pr-3 text-left text-xs font-medium text-slate-600 dark:text-slate-400';
const ROW = 'border-b border-slate-100 last:border-0 dark:border-slate-800';

/** Win rate per grade, with the counts behind each rate. */
export function GradeTable({ grades }: { grades: CalibrationReport['grades'] }) {
  const t = useT();
  return (
    <table className="text-sm" data-testid="grade-win-rates">
      <caption className="pb-1 text-left font-semibold">{t('optionsWinRateByGrade')}</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-700">
          <th scope="col" className={TH}>{t('grade')}</th>
          <th scope="col" className={TH}>{t('optionsLeadsCol')}</th>
          <th scope="col" className={TH}>{t('optionsWonCol')}</th>
          <th scope="col" className={TH}>{t('optionsWinRateCol')}</th>
        </tr>
      </thead>
      <tbody>
        {grades.map((g) => (
          <tr key={g.grade} className={ROW}>
            <th scope="row" className="py-1 pr-3 text-left font-bold">{g.grade}</th>
            <td className="py-1 pr-3 tabular-nums">{g.leads}</td>
            <td className="py-1 pr-3 tabular-nums">{g.won}</td>
            <td className="py-1 pr-3 tabular-nums">{percent(g.winRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each criterion's win rate among the leads that match it against the rest, and its lift. */
export function LiftTable({ criteria }: { criteria: CalibrationReport['criteria'] }) {
  const t = useT();
  const wonOf = (c: { won: number; leads: number; winRate: number | null }) => t('optionsWonOf', c.won, c.leads, percent(c.winRate));
  // A criterion no closed lead matched says nothing yet: listed by name only, below the table.
  const matched = criteria.filter((c) => c.matching.leads > 0);
  const unmatched = criteria.filter((c) => c.matching.leads === 0);
  return (
    <div className="flex flex-col gap-2">
      {/* Focusable so the keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div className="max-h-[28rem] overflow-y-auto focus:outline-2 focus:outline-indigo-600" tabIndex={0} role="region" aria-label={t('optionsLift')}>
        <table className="w-full text-sm" data-testid="criterion-lift">
          <caption className="pb-1 text-left font-semibold">{t('optionsLift')}</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-900">
            <tr className="border-b border-slate-200 dark:border-slate-700">
              {(['optionsCriterion', 'optionsPoints', 'optionsMatching', 'optionsOthers', 'optionsLiftCol'] as const).map((key) => (
                <th key={key} scope="col" className={TH}>{t(key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matched.map((c) => (
              <tr key={c.criterion} className={ROW}>
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {c.label} <span className="text-xs text-slate-600 dark:text-slate-400">({t(PART_LABEL[c.part])})</span>
                </th>
                <td className="py-1 pr-3 tabular-nums">{c.points}</td>
                <td className="py-1 pr-3 tabular-nums">{wonOf(c.matching)}</td>
                <td className="py-1 pr-3 tabular-nums">{wonOf(c.other)}</td>
                <td className="py-1 pr-3 tabular-nums">{times(c.lift)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unmatched.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700 dark:text-slate-300">{t('optionsUnmatched', unmatched.length)}</summary>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{unmatched.map((c) => c.label).join(' · ')}</p>
        </details>
      )}
    </div>
  );
}
