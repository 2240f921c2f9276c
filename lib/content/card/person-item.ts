import type { PersonView } from '../overlay-store';
import { translate as t } from '../translate';
import { element } from './element';
import { renderKnownLead } from './known-lead';

export interface PersonItemProps {
  view: PersonView;
  now: number;
  onQualify: (key: string) => void;
  /** The pointer is over "Add to pipeline", or focus is on it: a click may follow. */
  onIntent: () => void;
  onOpenLead: (id: string) => void;
}

/** One person of the page: who they are, and either their pipeline status or "Add to pipeline". */
export function renderPersonItem({ view, now, onQualify, onIntent, onOpenLead }: PersonItemProps): HTMLElement {
  const { prospect, known } = view;
  const role = [prospect.title, prospect.company].filter(Boolean).join(' · ');
  return element('li', { class: 'person', testid: 'prospect' }, [
    element('div', { class: 'name', testid: 'prospect-name', text: prospect.name }),
    role && element('div', { class: 'small', text: role }),
    prospect.email && element('div', { class: 'small', text: prospect.email }),
    known
      ? renderKnownLead(known, now, view.key, onOpenLead)
      : element('button', {
          class: 'primary',
          testid: 'capture',
          text: t('addToPipeline'),
          attrs: { type: 'button', 'data-focus': view.key, 'aria-label': `${t('addToPipeline')}: ${prospect.name}` },
          on: { click: () => onQualify(view.key), pointerenter: onIntent, focus: onIntent },
        }),
  ]);
}
