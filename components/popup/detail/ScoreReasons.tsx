import type { LeadScore } from '../../../lib/model';
import { useT } from '../../i18n';

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(Math.round(n))}`;

/** The score, its parts and the reasons behind it ("VP title +35"). */
export function ScoreReasons({ score }: { score: LeadScore | undefined }) {
  const t = useT();
  if (!score) return <p className="text-xs text-slate-600 dark:text-slate-300">{t('notScored')}</p>;
  return (
    <div className="flex flex-col gap-1" data-testid="score">
      <p className="text-sm">
        <span className="text-2xl font-bold tabular-nums" data-testid="score-total">{Math.round(score.total)}</span>
        <span className="text-slate-600 dark:text-slate-300"> / 100 · {t('scoreParts', Math.round(score.fit), Math.round(score.engagement), Math.round(score.qualification))}</span>
      </p>
      <ul className="flex flex-col text-xs" aria-label={t('scoreReasons')}>
        {score.reasons.map((reason, i) => (
          <li key={`${reason.criterion}-${i}`} className="flex justify-between gap-2 border-b border-slate-100 py-0.5 dark:border-slate-800" data-testid="score-reason">
            <span>{reason.label}</span>
            <span className={`tabular-nums ${reason.points < 0 ? 'text-red-700 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}`}>{signed(reason.points)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
