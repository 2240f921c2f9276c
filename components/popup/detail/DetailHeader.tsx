import type { Lead, Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { GradeBadge } from '../GradeBadge';
import { SOURCE_LABEL } from '../source-labels';
import type { MoveStep } from '../move/MoveDialog';
import { secondaryButton } from '../styles';
import { safeUrl } from './safe-url';

interface Props {
  lead: Lead;
  stage: Stage | undefined;
  qualified: boolean;
  onBack: () => void;
  onMove: (step: MoveStep) => void;
}

const badge = 'rounded px-1.5 py-0.5 text-xs font-medium';
const link = 'text-xs font-medium text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200';

/** Who the lead is, where they stand, where they came from, and the stage actions. */
export function DetailHeader({ lead, stage, qualified, onBack, onMove }: Props) {
  const t = useT();
  const profile = safeUrl(lead.linkedinUrl);
  const source = safeUrl(lead.sourceUrl);
  return (
    <header className="flex flex-col gap-2 px-3 py-3">
      <button type="button" onClick={onBack} className={`${link} self-start`} data-testid="back">
        <span aria-hidden="true">← </span>{t('backToPipeline')}
      </button>
      <div className="flex items-start gap-2">
        <GradeBadge grade={lead.score?.grade} />
        <div className="min-w-0 flex-1">
          <h2 id="lead-detail-name" className="truncate text-lg leading-6 font-bold">{lead.name}</h2>
          <p className="truncate text-sm text-slate-700 dark:text-slate-200">{[lead.title, lead.company].filter(Boolean).join(' · ') || t('none')}</p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <span className={`${badge} bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100`} data-testid="detail-stage">{stage?.name ?? lead.stageId}</span>
        <span
          className={`${badge} ${qualified ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100' : 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100'}`}
          data-testid="qualified-badge"
        >
          {qualified ? t('qualified') : t('unqualified')}
        </span>
        {lead.lostReason && <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100`}>{lead.lostReason}</span>}
        {profile && <a href={profile} target="_blank" rel="noreferrer" className={link} data-testid="linkedin-link">{t('linkedinProfile')}</a>}
        {source && source !== profile && <a href={source} target="_blank" rel="noreferrer" className={link} data-testid="source-link">{t('openSource', t(SOURCE_LABEL[lead.source]))}</a>}
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={() => onMove('pick')} className={secondaryButton} data-testid="move-lead">{t('moveLead')}</button>
        <button type="button" onClick={() => onMove('won')} className={secondaryButton} data-testid="mark-won">{t('markWonEllipsis')}</button>
        <button type="button" onClick={() => onMove('lost')} className={secondaryButton} data-testid="mark-lost">{t('markLostEllipsis')}</button>
      </div>
    </header>
  );
}
