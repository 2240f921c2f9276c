// PopupApp's frame (title, tabs, settings button, the pipeline tab's panel) in plain DOM for the
// first paint, with the board inside.
import { element } from '../../../lib/content/card/element';
import type { Translate } from '../../i18n';

const TAB = 'rounded-md px-2.5 py-1 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ';
const TAB_ACTIVE = 'bg-indigo-700 text-white dark:bg-indigo-400 dark:text-slate-950';
const TAB_IDLE = 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800';

function tabs(t: Translate): HTMLElement {
  const ids = ['pipeline', 'health', 'review'] as const;
  return element('div', { class: 'flex gap-1', attrs: { role: 'tablist', 'aria-label': t('sections') } }, ids.map((id) => {
    const active = id === 'pipeline';
    return element('button', { class: TAB + (active ? TAB_ACTIVE : TAB_IDLE), testid: `tab-${id}`, text: t(id), attrs: { id: `tab-${id}`, type: 'button', role: 'tab', 'aria-selected': String(active), 'aria-controls': `panel-${id}`, tabindex: active ? '0' : '-1' } });
  }));
}

/** The popup on its pipeline tab, with `board` in the panel. */
export function frameElement(board: HTMLElement, t: Translate): HTMLElement {
  const options = element('button', { class: 'ml-auto rounded-md px-2 py-1 text-lg leading-none text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-200 dark:hover:bg-slate-800', testid: 'open-options', attrs: { type: 'button', 'aria-label': t('openSettings'), title: t('openSettings') } }, [
    element('span', { text: '⚙', attrs: { 'aria-hidden': 'true' } }),
  ]);
  return element('div', { class: 'flex h-[560px] w-[480px] flex-col bg-white text-slate-900 min-[800px]:mx-auto min-[800px]:my-6 min-[800px]:h-[calc(100vh-3rem)] min-[800px]:w-[720px] min-[800px]:rounded-lg min-[800px]:border min-[800px]:border-slate-200 dark:bg-slate-900 dark:text-slate-100 min-[800px]:dark:border-slate-700' }, [
    element('header', { class: 'flex items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700' }, [
      element('h1', { class: 'text-base font-bold text-indigo-800 dark:text-indigo-300', text: t('extName') }),
      element('nav', { class: 'ml-2', attrs: { 'aria-label': t('sections') } }, [tabs(t)]),
      options,
    ]),
    element('main', { class: 'min-h-0 flex-1' }, [
      element('div', { class: 'h-full', attrs: { id: 'panel-pipeline', role: 'tabpanel', 'aria-labelledby': 'tab-pipeline' } }, [board]),
      element('p', { class: 'sr-only', testid: 'announcement', attrs: { role: 'status', 'aria-live': 'polite' } }),
    ]),
  ]);
}
