import { formatAgo, formatDate } from '../../../components/format';
import type { LeadSummary } from '../../messaging/protocol';
import { translate as t } from '../translate';
import { element } from './element';

/** What the card shows for a person already in the pipeline: stage, grade, score, last touch. */
export function renderKnownLead(lead: LeadSummary, now: number, focusKey: string, onOpen: (id: string) => void): HTMLElement {
  const nextStep = lead.nextStep && `${t('nextStep')}: ${lead.nextStep}${lead.nextStepAt === undefined ? '' : ` (${formatDate(lead.nextStepAt)})`}`;
  return element('div', { class: 'stack', testid: 'known-lead' }, [
    element('div', { class: 'row' }, [
      element('span', { class: 'pill', text: t('inPipeline') }),
      element('span', { testid: 'known-stage', text: lead.stageName }),
      lead.grade && element('span', { class: 'grade', text: lead.grade, attrs: { 'aria-label': `${t('grade')} ${lead.grade}` } }),
      lead.score !== undefined && element('span', { class: 'small', text: String(Math.round(lead.score)), attrs: { 'aria-label': t('score') } }),
    ]),
    element('div', { class: 'small', text: `${t('lastTouch')}: ${formatAgo(t, lead.lastTouchAt, now)}` }),
    nextStep && element('div', { class: 'small', text: nextStep }),
    element('button', {
      class: 'link',
      testid: 'open-lead',
      text: t('openInPipewell'),
      attrs: { type: 'button', 'data-focus': focusKey },
      on: { click: () => onOpen(lead.id) },
    }),
  ]);
}
