import type { LeadSummary } from '../../lib/messaging/protocol';
import { formatAgo, formatDate } from '../format';
import { useT } from '../i18n';

/** What the page card shows for a person already in the pipeline. */
export function KnownLead({ lead, now, onOpen }: { lead: LeadSummary; now: number; onOpen: (id: string) => void }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="known-lead">
      <div className="flex items-center gap-2">
        <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">{t('inPipeline')}</span>
        <span data-testid="known-stage">{lead.stageName}</span>
        {lead.grade && (
          <span className="ml-auto rounded bg-slate-800 px-1.5 text-xs font-bold text-white" aria-label={`${t('grade')} ${lead.grade}`}>
            {lead.grade}
          </span>
        )}
        {lead.score !== undefined && <span className="text-xs text-slate-600" aria-label={t('score')}>{Math.round(lead.score)}</span>}
      </div>
      <div className="text-xs text-slate-600">
        {t('lastTouch')}: {formatAgo(t, lead.lastTouchAt, now)}
      </div>
      {lead.nextStep && (
        <div className="text-xs text-slate-600">
          {t('nextStep')}: {lead.nextStep} {lead.nextStepAt !== undefined && `(${formatDate(lead.nextStepAt)})`}
        </div>
      )}
      <button type="button" className="self-start text-xs font-medium text-indigo-700 underline" onClick={() => onOpen(lead.id)} data-testid="open-lead">
        {t('openInPipewell')}
      </button>
    </div>
  );
}
