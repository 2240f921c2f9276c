import type { PersonView } from '../overlay-store';
import { translate as t } from '../translate';
import { element } from './element';

export interface CompanyCardProps {
  view: PersonView;
  saving: boolean;
  onSave: (view: PersonView) => void;
  onOpenLead: (id: string) => void;
}

const FACTS = [
  ['industry', 'industry'],
  ['companySize', 'sizeBand'],
  ['headquarters', 'headquarters'],
  ['website', 'website'],
] as const;

/** A company page: its facts, the leads already there, and one click to give them the facts. */
export function renderCompanyCard({ view, saving, onSave, onOpenLead }: CompanyCardProps): HTMLElement {
  const facts = view.prospect.companyFacts;
  const name = facts?.name ?? view.prospect.name;
  const leads = view.companyLeads ?? [];
  const rows = FACTS.flatMap(([key, field]) => {
    const value = facts?.[field];
    return value ? [element('dt', { text: t(key) }), element('dd', { testid: `company-${key}`, text: value, attrs: { title: value } })] : [];
  });
  return element('div', { class: 'stack', testid: 'company-card' }, [
    element('div', { class: 'name', testid: 'prospect-name', text: name }),
    rows.length > 0 && element('dl', { class: 'facts' }, rows),
    element('h4', { class: 'subhead', text: t('leadsAtCompany', name) }),
    leads.length === 0
      ? element('p', { class: 'small muted', text: t('noLeadsAtCompany') })
      : element('ul', { class: 'stack', testid: 'company-leads' }, leads.map((lead) =>
          element('li', {}, [
            element('button', {
              class: 'link',
              text: `${lead.name} · ${lead.stageName}`,
              attrs: { type: 'button', 'data-focus': `${view.key}:${lead.id}` },
              on: { click: () => onOpenLead(lead.id) },
            }),
          ]),
        )),
    view.companySaved !== undefined && element('p', { class: 'saved', text: t('companySaved', view.companySaved), attrs: { role: 'status' } }),
    element('button', {
      class: 'primary',
      testid: 'capture-company',
      text: saving ? t('saving') : t('saveCompany'),
      attrs: { type: 'button', disabled: saving ? '' : undefined, 'data-focus': view.key },
      on: { click: () => onSave(view) },
    }),
  ]);
}
