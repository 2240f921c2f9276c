// The board's rows as LeadRow and LeadList draw them, in plain DOM: same elements, classes and
// test ids, so React's rows replace them without a visible change (tests/unit/components/popup/
// first-paint.test.tsx compares the two). Text goes in as textContent only.
import { element } from '../../../lib/content/card/element';
import type { Lead, Stage } from '../../../lib/model';
import { countYes, isOverdue } from '../../../lib/model/lead-rules';
import { formatAgo, formatMoney } from '../../format';
import type { Translate } from '../../i18n';
import { HEADING_HEIGHT, type ListItem, ROW_HEIGHT, ROW_KEYS_HINT_ID } from '../board/list-items';
import { gradeBadgeClass } from '../grade-tone';


/** Where the virtual list puts a row: absolutely, `start` pixels down. */
export const rowStyle = (start: number, size: number) =>
  `position: absolute; top: 0px; left: 0px; right: 0px; height: ${size}px; transform: translateY(${start}px);`;

function nextStep(lead: Lead, overdue: boolean, t: Translate) {
  if (!lead.nextStep) return null;
  return element('span', { class: `block truncate ${overdue ? 'font-semibold text-red-700 dark:text-red-300' : ''}`, attrs: { title: lead.nextStep } }, [
    element('span', { class: 'sr-only', text: `${overdue ? t('nextStepOverdue') : t('nextStep')}: ` }),
    element('span', { text: overdue ? '! ' : '→ ', attrs: { 'aria-hidden': 'true' } }),
    lead.nextStep,
  ]);
}

function leadRow(lead: Lead, stage: Stage | undefined, now: number, qualifiedMinYes: number, t: Translate): HTMLElement {
  const overdue = isOverdue(lead, now);
  const subtitle = [lead.title, lead.company].filter(Boolean).join(' · ');
  const open = element('button', { class: 'flex min-w-0 flex-1 items-center gap-3 px-3 py-2 text-left focus:outline-none focus-visible:bg-indigo-50 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:focus-visible:bg-slate-800', attrs: { type: 'button', 'data-row-open': 'true', 'aria-describedby': ROW_KEYS_HINT_ID } }, [
    element('span', { class: gradeBadgeClass(lead.score?.grade) }, [element('span', { class: 'sr-only', text: `${t('grade')} ` }), lead.score?.grade ?? t('none')]),
    element('span', { class: 'min-w-0 flex-1' }, [
      element('span', { class: 'flex items-center gap-1.5' }, [
        element('span', { class: 'truncate text-sm font-medium', testid: 'lead-name', text: lead.name }),
        countYes(lead) < qualifiedMinYes && element('span', { class: 'shrink-0 rounded bg-amber-100 px-1 text-[11px] leading-4 text-amber-900 dark:bg-amber-900 dark:text-amber-100', testid: 'unqualified', text: t('unqualified') }),
      ]),
      element('span', { class: 'block truncate text-xs text-slate-600 dark:text-slate-300', text: subtitle || t('none') }),
    ]),
    element('span', { class: 'w-20 shrink-0 text-right text-xs' }, [
      element('span', { class: 'block font-medium tabular-nums', testid: 'lead-value', text: formatMoney(lead.dealValue, lead.currency) }),
      element('span', { class: 'block truncate text-slate-600 dark:text-slate-300', testid: 'lead-stage', text: stage?.name ?? lead.stageId }),
    ]),
    element('span', { class: 'w-28 shrink-0 text-right text-xs text-slate-600 dark:text-slate-300' }, [
      element('span', { class: 'block' }, [element('span', { class: 'sr-only', text: `${t('lastTouch')}: ` }), formatAgo(t, lead.lastTouchAt, now)]),
      nextStep(lead, overdue, t),
    ]),
  ]);
  const move = element('button', { class: 'w-9 shrink-0 text-slate-600 hover:bg-slate-100 hover:text-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:text-slate-300 dark:hover:bg-slate-700', testid: 'move-lead', attrs: { type: 'button', 'aria-label': t('moveLeadNamed', lead.name), title: t('moveLead') } }, [
    element('span', { text: '⇄', attrs: { 'aria-hidden': 'true' } }),
  ]);
  const row = element('div', { class: 'flex h-full items-stretch border-b border-slate-100 bg-white hover:bg-slate-50 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800', testid: 'lead-row', attrs: { 'data-lead-id': lead.id, draggable: 'true' } }, [open, move]);
  return row;
}

/** One virtual list item, placed where LeadList places it. */
export function listItemElement(item: ListItem, index: number, start: number, now: number, qualifiedMinYes: number, t: Translate): HTMLElement {
  if (item.kind === 'stage') {
    return element('div', { class: 'flex items-end bg-slate-100 px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:bg-slate-800 dark:text-slate-200', attrs: { 'data-index': String(index), style: rowStyle(start, HEADING_HEIGHT), role: 'presentation' } }, [
      element('span', { text: t('stageGroup', item.stage.name, item.count), attrs: { 'aria-hidden': 'true' } }),
    ]);
  }
  return element('div', { attrs: { 'data-index': String(index), role: 'listitem', style: rowStyle(start, ROW_HEIGHT) } }, [leadRow(item.lead, item.stage, now, qualifiedMinYes, t)]);
}
