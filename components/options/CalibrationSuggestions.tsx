import type { CalibrationReport } from '../../lib/messaging/protocol/scoring';
import { useT } from '../i18n';
import { percent } from './calibration-format';
import { MUTED, SECONDARY } from './field-classes';

type Suggestion = CalibrationReport['suggestions'][number];
type Lift = CalibrationReport['criteria'][number];

interface Props {
  suggestions: Suggestion[];
  /** The lifts behind the suggestions: their counts are shown in the user's language. */
  criteria: Lift[];
  onApply: (s: Suggestion) => void;
}

/** Raise or lower a criterion, with the counts that justify it; Apply puts it in the draft. */
export function CalibrationSuggestions({ suggestions, criteria, onApply }: Props) {
  const t = useT();
  const why = (s: Suggestion) => {
    const lift = criteria.find((c) => c.criterion === s.criterion);
    if (!lift) return s.reason;
    const count = (c: Lift['matching']) => t('optionsWonOf', c.won, c.leads, percent(c.winRate));
    return `${t('optionsMatching')}: ${count(lift.matching)} · ${t('optionsOthers')}: ${count(lift.other)}`;
  };
  return (
    <div>
      <h3 className="text-sm font-semibold">{t('optionsSuggestions')}</h3>
      {suggestions.length === 0 ? (
        <p className={MUTED}>{t('optionsNoSuggestions')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-2" data-testid="suggestions">
          {suggestions.map((s) => {
            const text = t(s.direction === 'raise' ? 'optionsSuggestRaise' : 'optionsSuggestLower', s.label, s.from, s.to);
            return (
              <li key={s.criterion} className="flex items-start gap-3 rounded border border-slate-200 p-2 dark:border-slate-700">
                <span aria-hidden="true" className={s.direction === 'raise' ? 'text-emerald-700 dark:text-emerald-400' : 'text-amber-700 dark:text-amber-400'}>
                  {s.direction === 'raise' ? '▲' : '▼'}
                </span>
                <span className="flex-1 text-sm">
                  <span className="block font-medium">{text}</span>
                  <span className={`block text-xs ${MUTED}`}>{why(s)}</span>
                </span>
                <button type="button" className={SECONDARY} aria-label={`${t('optionsApply')}: ${text}`} onClick={() => onApply(s)} data-testid="apply-suggestion">
                  {t('optionsApply')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
