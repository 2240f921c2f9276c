import { useState } from 'react';
import type { LeadSummary, Qualification } from '../../lib/messaging/protocol';
import type { Prospect, Stage } from '../../lib/model';
import { useT } from '../i18n';
import { CompanyCard } from './CompanyCard';
import { KnownLead } from './KnownLead';
import { QualifyForm } from './QualifyForm';

export interface ProspectView {
  key: string;
  prospect: Prospect;
  known?: LeadSummary;
  companyLeads?: LeadSummary[];
  companySaved?: number;
}

interface Props {
  people: ProspectView[];
  stages: Stage[];
  defaultCurrency: string;
  now: number;
  savingKey?: string;
  error?: string;
  onCapture: (view: ProspectView, qualification: Qualification) => void;
  onSaveCompany: (view: ProspectView) => void;
  onOpenLead: (id: string) => void;
  onClose: () => void;
}

/** The page card: each person on the page, known (stage, score) or one click from the pipeline. */
export function ProspectCard({ people, stages, defaultCurrency, now, savingKey, error, onCapture, onSaveCompany, onOpenLead, onClose }: Props) {
  const t = useT();
  const [qualifying, setQualifying] = useState<string>();
  const current = people.find((p) => p.key === qualifying && !p.known);
  return (
    <section aria-label={t('pipewellCard')} className="w-80 rounded-lg border border-slate-200 bg-white p-3 text-slate-900 shadow-lg" data-testid="pipewell-card">
      <header className="mb-2 flex items-center">
        <span className="text-sm font-bold text-indigo-700">Pipewell</span>
        <button type="button" aria-label={t('close')} className="ml-auto rounded px-1 text-slate-500 hover:bg-slate-100" onClick={onClose}>
          ×
        </button>
      </header>
      {error && <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-xs text-red-800">{t('errorPrefix', error)}</p>}
      {current ? (
        <QualifyForm
          prospect={current.prospect}
          stages={stages}
          defaultCurrency={defaultCurrency}
          saving={savingKey === current.key}
          onSave={(q, person) => onCapture({ ...current, prospect: person }, q)}
          onCancel={() => setQualifying(undefined)}
        />
      ) : (
        <ul className="flex flex-col gap-3">
          {people.map((view) => view.prospect.kind === 'company' ? (
            <li key={view.key}>
              <CompanyCard
                prospect={view.prospect}
                leads={view.companyLeads ?? []}
                saved={view.companySaved}
                saving={savingKey === view.key}
                onSave={() => onSaveCompany(view)}
                onOpenLead={onOpenLead}
              />
            </li>
          ) : (
            <li key={view.key} className="flex flex-col gap-1" data-testid="prospect">
              <div className="text-sm font-semibold" data-testid="prospect-name">{view.prospect.name}</div>
              {(view.prospect.title || view.prospect.company) && (
                <div className="text-xs text-slate-600">{[view.prospect.title, view.prospect.company].filter(Boolean).join(' · ')}</div>
              )}
              {view.prospect.email && <div className="text-xs text-slate-600">{view.prospect.email}</div>}
              {view.known ? (
                <KnownLead lead={view.known} now={now} onOpen={onOpenLead} />
              ) : (
                <button type="button" className="self-start rounded bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700" onClick={() => setQualifying(view.key)} data-testid="capture">
                  {t('addToPipeline')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
