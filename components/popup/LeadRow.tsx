import type { Lead, Stage } from '../../lib/model';
import { formatAgo, formatMoney } from '../format';
import { useT } from '../i18n';

/** One lead in a list: name, company, stage, grade, value, last touch and next step. */
export function LeadRow({ lead, stages, now, onOpen }: { lead: Lead; stages: Stage[]; now: number; onOpen: (id: string) => void }) {
  const t = useT();
  const stage = stages.find((s) => s.id === lead.stageId)?.name ?? lead.stageId;
  const overdue = lead.status === 'open' && lead.nextStepAt !== undefined && lead.nextStepAt < now;
  return (
    <button
      type="button"
      onClick={() => onOpen(lead.id)}
      className="flex w-full items-center gap-3 border-b border-slate-100 px-3 py-2 text-left hover:bg-slate-50 focus:bg-indigo-50 focus:outline-none dark:border-slate-800 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
      data-testid="lead-row"
    >
      <span className="w-7 shrink-0 text-center text-xs font-bold" aria-label={`${t('grade')} ${lead.score?.grade ?? '—'}`}>
        {lead.score?.grade ?? '—'}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium" data-testid="lead-name">{lead.name}</span>
        <span className="block truncate text-xs text-slate-500 dark:text-slate-400">{[lead.title, lead.company].filter(Boolean).join(' · ') || '—'}</span>
      </span>
      <span className="w-24 shrink-0 text-right text-xs">
        <span className="block" data-testid="lead-stage">{stage}</span>
        <span className="block text-slate-500 dark:text-slate-400">{formatMoney(lead.dealValue, lead.currency)}</span>
      </span>
      <span className="w-20 shrink-0 text-right text-xs text-slate-500 dark:text-slate-400">
        <span className="block">{formatAgo(t, lead.lastTouchAt, now)}</span>
        {lead.nextStep && <span className={`block truncate ${overdue ? 'font-semibold text-red-600' : ''}`} title={lead.nextStep}>{lead.nextStep}</span>}
      </span>
    </button>
  );
}
