import { useState } from 'react';
import type { Activity, ActivityType } from '../../../lib/model';
import { type MessageKey, useT } from '../../i18n';
import { secondaryButton } from '../styles';

const PAGE = 20;

const LABEL: Record<ActivityType, MessageKey> = {
  captured: 'activityCaptured',
  merged: 'activityMerged',
  profile_viewed: 'activityProfileViewed',
  email_received: 'activityEmailReceived',
  email_sent: 'activityEmailSent',
  replied: 'activityReplied',
  stage_changed: 'activityStageChanged',
  note_added: 'activityNoteAdded',
  qualification_changed: 'activityQualificationChanged',
  touch_logged: 'activityTouchLogged',
  field_updated: 'activityFieldUpdated',
  won: 'activityWon',
  lost: 'activityLost',
  archived: 'activityArchived',
  reopened: 'activityReopened',
  snoozed: 'activitySnoozed',
};

const when = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/** What happened with the lead, newest first, a page at a time. */
export function Timeline({ activities }: { activities: Activity[] | undefined }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  if (!activities) return <p role="status" className="text-xs text-slate-600 dark:text-slate-300">{t('loading')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <ol className="flex flex-col gap-1.5 border-l-2 border-slate-200 pl-3 dark:border-slate-700" data-testid="timeline">
        {activities.slice(0, shown).map((activity) => (
          <li key={activity.id} className="text-xs" data-testid="activity">
            <span className="font-medium">{t(LABEL[activity.type])}</span>
            <span className="text-slate-600 dark:text-slate-300"> · <time dateTime={new Date(activity.at).toISOString()}>{when(activity.at)}</time></span>
            {activity.summary && <span className="block break-words text-slate-700 dark:text-slate-200">{activity.summary}</span>}
          </li>
        ))}
      </ol>
      {activities.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)} className={`${secondaryButton} self-start`}>{t('showMore')}</button>
      )}
    </div>
  );
}
