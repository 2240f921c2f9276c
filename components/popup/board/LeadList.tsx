import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { Lead } from '../../../lib/model';
import { useT } from '../../i18n';
import { HEADING_HEIGHT, type ListItem, ROW_HEIGHT } from './list-items';
import { LeadRow } from './LeadRow';

interface Props {
  items: ListItem[];
  label: string;
  now: number;
  qualifiedMinYes: number;
  /** A lead to put focus on once it is in the list (after a keyboard move). */
  focusId: string | undefined;
  /** Where the lead was, to focus its neighbour when it has left the list (won, lost, filtered out). */
  focusIndex: number | undefined;
  onFocused: () => void;
  onOpen: (id: string) => void;
  onMoveMenu: (lead: Lead) => void;
  onStep: (lead: Lead, step: -1 | 1) => void;
}

/** A virtualised list: only the rows on screen exist in the DOM, however long the pipeline. Arrow keys move between leads. */
export function LeadList({ items, label, now, qualifiedMinYes, focusId, focusIndex: oldIndex, onFocused, onOpen, onMoveMenu, onStep }: Props) {
  const t = useT();
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (items[i]?.kind === 'stage' ? HEADING_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => {
      const item = items[i];
      return item?.kind === 'lead' ? item.lead.id : `stage:${item?.stage.id ?? i}`;
    },
    overscan: 8,
    // The first paint has no measured viewport yet: render the first screen anyway.
    initialRect: { width: 480, height: 480 },
  });

  function focusIndex(index: number) {
    virtual.scrollToIndex(index, { align: 'auto' });
    const focus = () => {
      // Only take focus back from the list itself or from nowhere, never from a dialog or the search field.
      const active = document.activeElement;
      if (active && active !== document.body && !parent.current?.contains(active)) return;
      parent.current?.querySelector<HTMLElement>(`[data-index="${index}"] [data-row-open]`)?.focus();
    };
    requestAnimationFrame(() => requestAnimationFrame(focus));
  }

  useEffect(() => {
    if (!focusId) return;
    let index = items.findIndex((item) => item.kind === 'lead' && item.lead.id === focusId);
    if (index < 0) index = Math.min(oldIndex ?? 0, items.length - 1);
    while (items[index]?.kind === 'stage') index += 1;
    if (items[index]) focusIndex(index);
    onFocused();
    // focusIndex only reads the virtualizer; the effect runs for a new target or new items.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId, items]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const at = Number((event.target as HTMLElement).closest('[data-index]')?.getAttribute('data-index'));
    if (!Number.isInteger(at)) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    let next = at + step;
    while (items[next]?.kind === 'stage') next += step;
    if (!items[next]) return;
    event.preventDefault();
    focusIndex(next);
  }

  return (
    <div ref={parent} className="h-full overflow-auto" role="list" aria-label={label} onKeyDown={onKeyDown}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          const style = { position: 'absolute', top: 0, left: 0, right: 0, height: row.size, transform: `translateY(${row.start}px)` } as const;
          if (item.kind === 'stage') {
            return (
              <div key={row.key} data-index={row.index} style={style} role="presentation" className="flex items-end bg-slate-100 px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                <span aria-hidden="true">{t('stageGroup', item.stage.name, item.count)}</span>
              </div>
            );
          }
          return (
            <div key={row.key} data-index={row.index} role="listitem" style={style}>
              <LeadRow lead={item.lead} stage={item.stage} now={now} qualifiedMinYes={qualifiedMinYes} onOpen={onOpen} onMoveMenu={onMoveMenu} onStep={onStep} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
