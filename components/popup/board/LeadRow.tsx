import type { DragEvent, KeyboardEvent } from 'react';
import { countYes, isOverdue, type Lead, type Stage } from '../../../lib/model';
import { formatAgo, formatMoney } from '../../format';
import { useT } from '../../i18n';
import { GradeBadge } from '../GradeBadge';
import { ROW_KEYS_HINT_ID } from './list-items';

/** The drag payload type: a lead id dragged onto a stage. */
export const DRAG_TYPE = 'application/x-pipewell-lead';

interface Props {
  lead: Lead;
  stage: Stage | undefined;
  now: number;
  qualifiedMinYes: number;
  onOpen: (id: string) => void;
  onMoveMenu: (lead: Lead) => void;
  /** `[` and `]`: one open stage back or forward. */
  onStep: (lead: Lead, step: -1 | 1) => void;
}

/** One lead: grade, name, company, value, last touch and next step; opens on Enter, moves with [ and ]. */
export function LeadRow({ lead, stage, now, qualifiedMinYes, onOpen, onMoveMenu, onStep }: Props) {
  const t = useT();
  const overdue = isOverdue(lead, now);
  const qualified = countYes(lead) >= qualifiedMinYes;
  const subtitle = [lead.title, lead.company].filter(Boolean).join(' · ');

  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '[' || event.key === ']') {
      event.preventDefault();
      onStep(lead, event.key === '[' ? -1 : 1);
    } else if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      onMoveMenu(lead);
    }
  }

  function onDragStart(event: DragEvent) {
    event.dataTransfer.setData(DRAG_TYPE, lead.id);
    event.dataTransfer.effectAllowed = 'move';
  }

  return (
    <div
      data-testid="lead-row"
      data-lead-id={lead.id}
      draggable
      onDragStart={onDragStart}
      onKeyDown={onKeyDown}
      className="flex h-full items-stretch border-b border-slate-100 bg-white hover:bg-slate-50 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800"
    >
      <button
        type="button"
        data-row-open
        onClick={() => onOpen(lead.id)}
        aria-describedby={ROW_KEYS_HINT_ID}
        className="flex min-w-0 flex-1 items-center gap-3 px-3 py-2 text-left focus:outline-none focus-visible:bg-indigo-50 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:focus-visible:bg-slate-800"
      >
        <GradeBadge grade={lead.score?.grade} />
        <span className="min-w-0 flex-1">
          <span className="flex items-center gap-1.5">
            <span className="truncate text-sm font-medium" data-testid="lead-name">{lead.name}</span>
            {!qualified && (
              <span className="shrink-0 rounded bg-amber-100 px-1 text-[11px] leading-4 text-amber-900 dark:bg-amber-900 dark:text-amber-100" data-testid="unqualified">
                {t('unqualified')}
              </span>
            )}
          </span>
          <span className="block truncate text-xs text-slate-600 dark:text-slate-300">{subtitle || t('none')}</span>
        </span>
        <span className="w-20 shrink-0 text-right text-xs">
          <span className="block font-medium tabular-nums" data-testid="lead-value">{formatMoney(lead.dealValue, lead.currency)}</span>
          <span className="block truncate text-slate-600 dark:text-slate-300" data-testid="lead-stage">{stage?.name ?? lead.stageId}</span>
        </span>
        <span className="w-28 shrink-0 text-right text-xs text-slate-600 dark:text-slate-300">
          <span className="block"><span className="sr-only">{t('lastTouch')}: </span>{formatAgo(t, lead.lastTouchAt, now)}</span>
          {lead.nextStep && (
            <span className={`block truncate ${overdue ? 'font-semibold text-red-700 dark:text-red-300' : ''}`} title={lead.nextStep}>
              <span className="sr-only">{overdue ? t('nextStepOverdue') : t('nextStep')}: </span>
              <span aria-hidden="true">{overdue ? '! ' : '→ '}</span>
              {lead.nextStep}
            </span>
          )}
        </span>
      </button>
      <button
        type="button"
        data-testid="move-lead"
        onClick={() => onMoveMenu(lead)}
        aria-label={t('moveLeadNamed', lead.name)}
        title={t('moveLead')}
        className="w-9 shrink-0 text-slate-600 hover:bg-slate-100 hover:text-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:text-slate-300 dark:hover:bg-slate-700"
      >
        <span aria-hidden="true">⇄</span>
      </button>
    </div>
  );
}
