import type { ModelPreview as Preview } from '../../lib/messaging/protocol/scoring';
import { useT } from '../i18n';
import { countText } from './count-text';
import { MUTED } from './field-classes';

interface Props {
  dirty: boolean;
  pending: boolean;
  preview?: Preview;
  invalid?: string;
  error?: string;
}

const GRADE_TONE: Record<string, string> = {
  A: 'text-emerald-700 dark:text-emerald-400',
  B: 'text-sky-700 dark:text-sky-400',
  C: 'text-amber-700 dark:text-amber-400',
  D: 'text-slate-600 dark:text-slate-400',
};

/** What saving the draft would do: how many leads move up or down a grade, and which. */
export function ModelPreview({ dirty, pending, preview, invalid, error }: Props) {
  const t = useT();
  let status: string;
  if (invalid) status = t('optionsInvalidModel', invalid);
  else if (error) status = t('errorPrefix', error);
  else if (!dirty) status = t('optionsPreviewUnchanged');
  else if (pending || !preview) status = t('optionsPreviewing');
  else status = countText(t, preview.up, 'optionsPreviewSummaryOne', 'optionsPreviewSummary', preview.down);
  const shown = dirty && !invalid && !pending ? preview : undefined;
  const hidden = shown ? shown.up + shown.down - shown.moves.length : 0;
  return (
    <div className="flex flex-col gap-2">
      <p role="status" aria-live="polite" data-testid="preview-summary"
        className={`text-sm font-medium ${invalid || error ? 'text-red-700 dark:text-red-400' : ''}`}>
        {status}
      </p>
      {shown && <p className={MUTED}>{countText(t, shown.same, 'optionsPreviewSameOne', 'optionsPreviewSame')}</p>}
      {shown && shown.moves.length > 0 && (
        <>
          <h3 className="text-sm font-semibold">{t('optionsPreviewMoves')}</h3>
          <ul className="max-h-80 overflow-y-auto rounded border border-slate-200 text-sm focus:outline-2 focus:outline-indigo-600 dark:border-slate-700" data-testid="preview-moves" tabIndex={0} aria-label={t('optionsPreviewMoves')}>
            {shown.moves.map((move) => (
              <li key={move.leadId} className="flex items-center gap-2 border-b border-slate-100 px-2 py-1 last:border-0 dark:border-slate-800">
                <span className="min-w-0 flex-1 truncate">{move.name}</span>
                <span className="font-mono text-xs" aria-label={t('optionsMoveFromTo', t('grade'), move.from, move.to)}>
                  <span className={GRADE_TONE[move.from]}>{move.from}</span>
                  {' → '}
                  <span className={`font-bold ${GRADE_TONE[move.to]}`}>{move.to}</span>
                </span>
                <span className={`w-16 text-right text-xs ${MUTED}`}>{move.fromScore} → {move.toScore}</span>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className={MUTED}>{t('optionsPreviewMore', hidden)}</p>}
        </>
      )}
    </div>
  );
}
