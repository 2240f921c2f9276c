import type { RowProblem } from '../../lib/messaging/protocol/io';
import { useT } from '../i18n';
import { TABLE_WRAP, TD, TH } from './data-classes';

// Enough to read through; the whole list is one download away (ImportSummary).
const SHOWN = 200;

/** Rows and why: rejected rows, or notes on rows that were taken. */
export function ProblemTable({ problems, label, testId }: { problems: RowProblem[]; label: string; testId: string }) {
  const t = useT();
  return (
    <div className={TABLE_WRAP} role="region" aria-label={label} tabIndex={0}>
      <table className="w-full border-collapse" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className={`${TH} w-16`}>{t('dataRowCol')}</th>
            <th scope="col" className={TH}>{t('dataReasonCol')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p, i) => (
            <tr key={`${p.row}-${i}`}>
              <td className={`${TD} align-top tabular-nums`}>{p.row}</td>
              <td className={`${TD} align-top break-words`}>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN && <p className="p-2 text-sm text-slate-600 dark:text-slate-400">{t('dataMoreRows', problems.length - SHOWN)}</p>}
    </div>
  );
}
