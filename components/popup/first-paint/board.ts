// PipelineView's markup (stage strip, filter bar, list, hint) in plain DOM for the first paint.
// Only what the board shows before anyone touches it: no filter chosen, nothing pressed.
import { element } from '../../../lib/content/card/element';
import type { ResponseOf } from '../../../lib/messaging/protocol';
import type { Settings } from '../../../lib/model';

type BoardSettings = Pick<Settings, 'stages' | 'qualifiedMinYes'>;
import type { Translate } from '../../i18n';
import { LIST_LIMIT } from '../board/filters';
import { HEADING_HEIGHT, listItems, ROW_HEIGHT, ROW_KEYS_HINT_ID } from '../board/list-items';
import { formatAmounts } from '../money';
import { SOURCE_LABEL } from '../source-labels';
import { listItemElement } from './lead-row';

type Columns = ResponseOf<'pipeline.board'>['columns'];
type LeadPage = ResponseOf<'lead.list'>;

const muted = 'p-6 text-center text-sm text-slate-600 dark:text-slate-300';
const control = 'min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 py-1 text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

function stageStrip(columns: Columns | undefined, t: Translate): HTMLElement {
  if (!columns) return element('p', { class: 'h-[74px] border-b border-slate-200 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300', text: t('loading'), attrs: { role: 'status' } });
  const boxes = columns.filter((c) => c.stage.kind === 'open').map(({ stage, count, value }) => {
    const amounts = formatAmounts(value);
    return element('button', { class: 'flex min-w-20 flex-1 flex-col justify-start rounded-md border px-2 py-1 text-left focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800 ', testid: 'stage-column', attrs: { type: 'button', 'data-stage-id': stage.id, 'aria-pressed': 'false' } }, [
      element('span', { class: 'block truncate text-xs font-medium text-slate-700 dark:text-slate-200', text: stage.name }),
      element('span', { class: 'block text-lg leading-6 font-bold tabular-nums' }, [element('span', { testid: 'stage-count', text: String(count) }), element('span', { class: 'sr-only', text: ` ${t('leads')}` })]),
      element('span', { class: 'block text-xs text-slate-600 tabular-nums dark:text-slate-300', testid: 'stage-value' }, [
        amounts.length === 0 && t('none'),
        ...amounts.slice(0, 2).map((amount) => element('span', { class: 'block truncate', text: amount })),
        amounts.length > 2 && element('span', { class: 'block', text: t('moreCurrencies', amounts.length - 2) }),
      ]),
    ]);
  });
  return element('div', { class: 'flex gap-1 overflow-x-auto border-b border-slate-200 px-2 py-2 dark:border-slate-700', attrs: { role: 'group', 'aria-label': t('stages') } }, boxes);
}

const select = (label: string, testid: string, options: [string, string][]) =>
  element('select', { class: control, testid, attrs: { 'aria-label': label } }, options.map(([value, text]) => element('option', { text, attrs: { value } })));

function filterBar(settings: BoardSettings, t: Translate): HTMLElement {
  const search = element('input', { class: 'min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400', testid: 'search', attrs: { type: 'search', 'aria-label': t('searchLeads'), placeholder: t('searchPlaceholder'), maxlength: '200', value: '' } });
  const overdue = element('label', { class: 'flex shrink-0 items-center gap-1 text-xs text-slate-700 dark:text-slate-200' }, [element('input', { testid: 'filter-overdue', attrs: { type: 'checkbox' } }), t('overdueOnly')]);
  return element('div', { class: 'flex flex-col gap-1.5 border-b border-slate-200 px-2 py-2 dark:border-slate-700' }, [
    element('div', { class: 'flex items-center gap-2' }, [search, overdue]),
    element('div', { class: 'flex items-center gap-1' }, [
      select(t('filterStage'), 'filter-stage', [['', t('allOpenStages')], ...settings.stages.map((s): [string, string] => [s.id, s.name])]),
      select(t('filterGrade'), 'filter-grade', [['', t('allGrades')], ...['A', 'B', 'C', 'D'].map((g): [string, string] => [g, t('gradeLetter', g)])]),
      select(t('filterSource'), 'filter-source', [['', t('allSources')], ...Object.entries(SOURCE_LABEL).map(([s, key]): [string, string] => [s, t(key)])]),
      select(t('filterQualified'), 'filter-qualified', [['', t('qualifiedAny')], ['yes', t('qualified')], ['no', t('unqualified')]]),
    ]),
  ]);
}

/** The virtual list as LeadList draws it, but only the items that start within `height`: React adds the rest. */
function leadList(page: LeadPage, settings: BoardSettings, now: number, height: number, t: Translate): HTMLElement {
  const items = listItems(page.items, settings.stages, true);
  const rows: HTMLElement[] = [];
  let start = 0;
  items.forEach((item, index) => {
    if (start < height) rows.push(listItemElement(item, index, start, now, settings.qualifiedMinYes, t));
    start += item.kind === 'stage' ? HEADING_HEIGHT : ROW_HEIGHT;
  });
  return element('div', { class: 'h-full overflow-auto', attrs: { role: 'list', 'aria-label': t('leads') } }, [
    element('div', { attrs: { style: `height: ${start}px; position: relative;` } }, rows),
  ]);
}

export interface BoardData {
  settings: BoardSettings;
  columns: Columns | undefined;
  /** The list, and whether it is only its first page (the whole list is on its way). */
  page: { leads: LeadPage; partial: boolean } | undefined;
  now: number;
  /** The list's height in pixels: rows below it are not drawn. */
  height: number;
}

/** The board as PipelineView draws it for `data`. */
export function boardElement({ settings, columns, page, now, height }: BoardData, t: Translate): HTMLElement {
  const list = !page ? element('p', { class: muted, text: t('loading'), attrs: { role: 'status' } })
    : page.leads.items.length > 0 ? leadList(page.leads, settings, now, height, t)
    : element('p', { class: muted, text: t('noLeads') });
  const more = page?.leads.hasMore && !page.partial ? `${t('showingFirst', LIST_LIMIT)} · ` : '';
  return element('div', { class: 'flex h-full flex-col' }, [
    stageStrip(columns, t),
    filterBar(settings, t),
    element('section', { class: 'min-h-0 flex-1', attrs: { 'aria-label': t('leads') } }, [list]),
    element('p', { class: 'border-t border-slate-200 px-3 py-1 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300', text: `${more}${t('rowKeysHint')}`, attrs: { id: ROW_KEYS_HINT_ID } }),
  ]);
}
