import { type FormEvent, useState } from 'react';
import type { Settings } from '../../lib/model';
import { useT } from '../i18n';
import type { FormMode } from './review-keys';
import type { ReviewAction } from './use-review';
import { ReviewFormFields } from './ReviewFormFields';

const SNOOZE_DAYS = [7, 14, 30] as const;
const DAY = 86_400_000;

export interface FormValues {
  reason: string;
  days: number;
  note: string;
  stageId: string;
  nextStep: string;
  /** yyyy-mm-dd, local. */
  nextStepDate: string;
}

function isoDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function initialValues(mode: FormMode, settings: Settings, stageId: string | undefined): FormValues {
  const reasons = mode === 'lost' ? settings.lostReasons : settings.archiveReasons;
  const moveTo = settings.stages.find((s) => s.kind !== 'lost' && s.id !== stageId);
  return { reason: reasons[0] ?? '', days: SNOOZE_DAYS[0], note: '', stageId: moveTo?.id ?? '', nextStep: '', nextStepDate: isoDay(Date.now() + 7 * DAY) };
}

function toAction(mode: FormMode, v: FormValues, settings: Settings): ReviewAction | undefined {
  switch (mode) {
    case 'archive':
      return v.reason ? { kind: 'archive', reason: v.reason } : undefined;
    case 'lost': {
      const stage = settings.stages.find((s) => s.kind === 'lost');
      return v.reason && stage ? { kind: 'lost', reason: v.reason, stageId: stage.id } : undefined;
    }
    case 'snooze':
      return { kind: 'snooze', days: v.days };
    case 'touch':
      return { kind: 'touch', note: v.note.trim() };
    case 'move':
      return v.stageId ? { kind: 'move', stageId: v.stageId } : undefined;
    case 'next': {
      // Noon local time: the step belongs to that calendar day wherever the user is.
      const at = new Date(`${v.nextStepDate}T12:00`).getTime();
      return v.nextStep.trim() && Number.isFinite(at) ? { kind: 'next', nextStep: v.nextStep.trim(), nextStepAt: at } : undefined;
    }
  }
}

const isChoice = (target: EventTarget) =>
  target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'radio');

interface Props {
  mode: FormMode;
  settings: Settings;
  /** The stage of the lead on the card (not offered as a move target); absent for a selection. */
  stageId?: string;
  /** Who the action is for, for the form's accessible name ("Archive Anna Berg", "Archive 3 leads"). */
  target: string;
  onSubmit: (action: ReviewAction) => void;
  onCancel: () => void;
}

/** The details an action needs (a reason, days, a note, a stage, a date); Escape cancels. */
export function ReviewActionForm({ mode, settings, stageId, target, onSubmit, onCancel }: Props) {
  const t = useT();
  const [values, setValues] = useState(() => initialValues(mode, settings, stageId));
  const action = toAction(mode, values, settings);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action) onSubmit(action);
  };
  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && isChoice(e.target)) {
          // Browsers do not submit on Enter in a select or radio group; the review is keyboard-first, so do.
          e.preventDefault();
          if (action) onSubmit(action);
        }
      }}
      aria-label={target}
      className="flex flex-col gap-2 rounded-lg border border-indigo-200 bg-indigo-50 p-3 dark:border-indigo-800 dark:bg-indigo-950"
      data-testid="review-form"
    >
      <p className="text-sm font-medium">{target}</p>
      <ReviewFormFields mode={mode} settings={settings} stageId={stageId} values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} snoozeDays={SNOOZE_DAYS} />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={!action}
          className="rounded bg-indigo-700 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-50 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
          data-testid="review-confirm"
        >
          {t('reviewConfirm')}
        </button>
        <button type="button" onClick={onCancel} className="rounded px-3 py-1 text-sm hover:bg-indigo-100 dark:hover:bg-indigo-900">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
