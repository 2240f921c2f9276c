import type { RetentionEntry } from '../../lib/messaging/protocol/hygiene';
import { formatDate } from '../format';
import { useT } from '../i18n';

/** Closed leads that retention deletes within 30 days: nobody is deleted without warning. */
export function RetentionList({ items, months }: { items: RetentionEntry[]; months: number }) {
  const t = useT();
  return (
    <details className="text-sm" data-testid="retention">
      <summary className="cursor-pointer text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {t('retentionTitle', items.length)}
      </summary>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{t('retentionExplain', months)}</p>
      {items.length === 0 ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{t('retentionNone')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-0.5">
          {items.map((item) => (
            <li key={item.id} className="flex gap-2 text-xs" data-testid="retention-item">
              <span className="min-w-0 flex-1 truncate">{[item.name, item.company].filter(Boolean).join(' · ')}</span>
              <span className="shrink-0 text-slate-600 dark:text-slate-300">{t('retentionDeleteOn', formatDate(item.deleteAt))}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
