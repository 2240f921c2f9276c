import { useState } from 'react';
import type { LeadQueryInput, Stage } from '../../lib/model';
import { useT } from '../i18n';
import { LeadList } from './LeadList';
import { type ListLeads, useLeads } from './use-leads';

interface Props {
  list: ListLeads;
  stages: Stage[];
  now: () => number;
  onOpenLead: (id: string) => void;
}

/** The popup's pipeline list with search as you type. */
export function PopupApp({ list, stages, now, onOpenLead }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const query: LeadQueryInput = { status: ['open', 'won', 'lost'], sort: 'score', limit: 500, ...(text ? { text } : {}) };
  const { page, error, loading } = useLeads(list, query);
  return (
    <main className="flex h-[560px] w-[480px] flex-col bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700">
        <h1 className="text-base font-bold text-indigo-700 dark:text-indigo-300">Pipewell</h1>
        <input
          type="search"
          aria-label={t('searchLeads')}
          placeholder={t('searchLeads')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="ml-auto w-56 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          data-testid="search"
        />
      </header>
      {error && <p role="alert" className="m-3 rounded bg-red-50 p-2 text-sm text-red-800">{t('errorPrefix', error)}</p>}
      <section className="min-h-0 flex-1">
        {page && page.items.length > 0 ? (
          <LeadList leads={page.items} stages={stages} now={now()} onOpen={onOpenLead} label={t('leads')} />
        ) : page ? (
          <p className="p-6 text-center text-sm text-slate-500">{t('noLeads')}</p>
        ) : (
          loading && <p className="p-6 text-center text-sm text-slate-500" role="status">{t('loading')}</p>
        )}
      </section>
    </main>
  );
}
