import type { LeadSummary } from '../../lib/messaging/protocol';
import type { Prospect } from '../../lib/model';
import { useT } from '../i18n';

interface Props {
  prospect: Prospect;
  leads: LeadSummary[];
  saved?: number;
  saving: boolean;
  onSave: () => void;
  onOpenLead: (id: string) => void;
}

/** A company page: its facts, the leads already there, and one click to give them the facts. */
export function CompanyCard({ prospect, leads, saved, saving, onSave, onOpenLead }: Props) {
  const t = useT();
  const facts = prospect.companyFacts;
  const rows = [
    ['industry', facts?.industry],
    ['companySize', facts?.sizeBand],
    ['headquarters', facts?.headquarters],
    ['website', facts?.website],
  ] as const;
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="company-card">
      <div className="font-semibold" data-testid="prospect-name">{facts?.name ?? prospect.name}</div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
        {rows.filter(([, value]) => value).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-500">{t(key)}</dt>
            <dd className="truncate text-slate-800" data-testid={`company-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="text-xs font-semibold text-slate-700">{t('leadsAtCompany', facts?.name ?? prospect.name)}</h4>
      {leads.length === 0 ? (
        <p className="text-xs text-slate-500">{t('noLeadsAtCompany')}</p>
      ) : (
        <ul className="flex flex-col gap-1" data-testid="company-leads">
          {leads.map((lead) => (
            <li key={lead.id}>
              <button type="button" className="text-xs text-indigo-700 underline" onClick={() => onOpenLead(lead.id)}>
                {lead.name} · {lead.stageName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {saved !== undefined && <p role="status" className="text-xs text-emerald-700">{t('companySaved', saved)}</p>}
      <button type="button" disabled={saving} className="self-start rounded bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60" onClick={onSave} data-testid="capture-company">
        {saving ? t('saving') : t('saveCompany')}
      </button>
    </div>
  );
}
