import type { ReviewEntry } from '../../lib/messaging/protocol/hygiene';
import { useT } from '../i18n';

interface Props {
  items: ReviewEntry[];
  current: number;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onJump: (index: number) => void;
}

/** Every lead in the queue, with a checkbox each for bulk actions; the one on the card is marked. */
export function ReviewSelection({ items, current, selected, onToggle, onToggleAll, onJump }: Props) {
  const t = useT();
  const all = items.length > 0 && items.every((item) => selected.has(item.lead.id));
  return (
    <section aria-labelledby="review-queue-title" className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <h3 id="review-queue-title" className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">{t('reviewQueue')}</h3>
        <label className="ml-auto inline-flex items-center gap-1 text-xs">
          <input type="checkbox" checked={all} onChange={onToggleAll} data-testid="review-select-all" />
          {t('reviewSelectAll')}
        </label>
      </div>
      <ul className="divide-y divide-slate-100 rounded border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
        {items.map((item, index) => (
          <li
            key={item.lead.id}
            aria-current={index === current ? 'true' : undefined}
            className={`flex items-center gap-2 px-2 py-1 text-sm ${index === current ? 'bg-indigo-50 dark:bg-slate-800' : ''}`}
            data-testid="review-row"
          >
            <input
              type="checkbox"
              checked={selected.has(item.lead.id)}
              onChange={() => onToggle(item.lead.id)}
              aria-label={t('reviewSelect', item.lead.name)}
              data-testid="review-select"
            />
            <button type="button" onClick={() => onJump(index)} className="min-w-0 flex-1 truncate text-left hover:underline focus:outline-2 focus:outline-indigo-500">
              {item.lead.name}
            </button>
            <span className="shrink-0 text-xs text-slate-600 dark:text-slate-300">
              {item.overdue ? t('reviewOverdueShort') : t('reviewIdleShort', item.daysIdle)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
