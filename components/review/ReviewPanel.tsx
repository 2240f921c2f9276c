import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { ReviewActionBar, ACTION_LABEL } from './ReviewActionBar';
import { ReviewActionForm } from './ReviewActionForm';
import { ReviewCard } from './ReviewCard';
import { ReviewNav } from './ReviewNav';
import { ReviewSelection } from './ReviewSelection';
import { ReviewStatusBar } from './ReviewStatusBar';
import { RetentionList } from './RetentionList';
import { BULK_MODES, type FormMode, type ReviewCommand } from './review-keys';
import { type ReviewAction, useReview } from './use-review';
import { useReviewKeys } from './use-review-keys';

const CARD_MODES: readonly FormMode[] = ['archive', 'lost', 'snooze', 'touch', 'next', 'move'];

interface OpenForm {
  mode: FormMode;
  /** Opened from the card (shown under it) or from the selection's toolbar (shown under that). */
  scope: 'card' | 'bulk';
  ids: string[];
  opener: HTMLElement | null;
}

/** The pipeline review: stale and overdue leads one at a time, most valuable first, with one-key actions. */
export function ReviewPanel() {
  const t = useT();
  const { data, error, act, finish } = useReview();
  const [index, setIndex] = useState(0);
  const [form, setForm] = useState<OpenForm | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [finished, setFinished] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef(false);

  const items = data?.items ?? [];
  const current = Math.min(index, Math.max(0, items.length - 1));
  const entry = items[current];
  const selected = new Set(items.map((item) => item.lead.id).filter((id) => picked.has(id)));

  // After an action the queue reloads; then focus goes to the next lead, or to Finish when none is left.
  useEffect(() => {
    if (!focusNext.current || !data) return;
    focusNext.current = false;
    (heading.current ?? finishButton.current)?.focus();
  }, [data]);

  const nameOf = (ids: string[]) =>
    ids.length === 1 ? items.find((i) => i.lead.id === ids[0])?.lead.name ?? '' : t('reviewSelected', ids.length);
  const openForm = (scope: OpenForm['scope'], mode: FormMode, ids: string[], opener: HTMLElement | null) => setForm({ scope, mode, ids, opener });
  const closeForm = () => {
    form?.opener?.focus();
    setForm(null);
  };

  const submit = async (action: ReviewAction) => {
    if (!form) return;
    const who = nameOf(form.ids);
    const ok = await act(form.ids, action);
    if (!ok) return;
    setForm(null);
    setPicked((p) => new Set([...p].filter((id) => !form.ids.includes(id))));
    setAnnouncement(t('reviewDoneAnnounce', who, t(ACTION_LABEL[action.kind])));
    focusNext.current = true;
  };

  const move = (step: 1 | -1) => {
    setIndex(Math.max(0, Math.min(items.length - 1, current + step)));
    heading.current?.focus();
  };

  const run = (command: ReviewCommand) => {
    if (command === 'forward' || command === 'back') {
      move(command === 'forward' ? 1 : -1);
    } else if (command === 'select') {
      if (entry) setPicked((p) => toggle(p, entry.lead.id));
    } else if (entry) {
      openForm('card', command, [entry.lead.id], root.current?.querySelector<HTMLElement>(`[data-testid=review-${command}]`) ?? null);
    }
  };

  useReviewKeys(root, form !== null, run);

  const onFinish = async () => {
    if (!(await finish())) return;
    setFinished(true);
    setAnnouncement(t('reviewFinished'));
  };

  const formFor = (scope: OpenForm['scope']) =>
    data && form?.scope === scope ? (
      <ReviewActionForm
        key={`${form.mode}:${form.ids.join(',')}`}
        mode={form.mode}
        settings={data.settings}
        stageId={scope === 'card' ? entry?.lead.stageId : undefined}
        target={`${t(ACTION_LABEL[form.mode])}: ${nameOf(form.ids)}`}
        onSubmit={(action) => void submit(action)}
        onCancel={closeForm}
      />
    ) : null;

  return (
    <div ref={root} className="flex flex-col gap-3 bg-white p-3 text-slate-900 dark:bg-slate-900 dark:text-slate-100" data-testid="review-panel">
      <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
      {error && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{t('errorPrefix', error)}</p>}
      {!data ? (
        !error && <p role="status" className="p-6 text-center text-sm text-slate-600 dark:text-slate-300">{t('loading')}</p>
      ) : (
        <>
          <ReviewStatusBar status={data.status} />
          {entry ? (
            <>
              <ReviewCard entry={entry} stages={data.settings.stages} position={current + 1} total={data.total} headingRef={heading} />
              <ReviewActionBar modes={CARD_MODES} scope="review" label={t('reviewActionsFor', entry.lead.name)} onOpen={(mode, el) => openForm('card', mode, [entry.lead.id], el)} />
              {formFor('card')}
              <ReviewNav current={current} count={items.length} onMove={move} />
            </>
          ) : (
            <p className="rounded-lg bg-emerald-50 p-4 text-center text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" data-testid="review-empty">{t('reviewEmpty')}</p>
          )}
          {items.length > 1 && (
            <ReviewSelection items={items} current={current} selected={selected} onJump={setIndex} onToggle={(id) => setPicked((p) => toggle(p, id))} onToggleAll={() => setPicked(selected.size === items.length ? new Set() : new Set(items.map((i) => i.lead.id)))} />
          )}
          {selected.size > 0 && (
            <div className="flex flex-wrap items-center gap-2" data-testid="review-bulk">
              <span className="text-sm font-medium">{t('reviewSelected', selected.size)}</span>
              <ReviewActionBar modes={BULK_MODES} scope="bulk" label={t('reviewBulkActions')} onOpen={(mode, el) => openForm('bulk', mode, [...selected], el)} />
            </div>
          )}
          {formFor('bulk')}
          <div className="flex items-center gap-3">
            <button ref={finishButton} type="button" onClick={() => void onFinish()} className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-500 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300" data-testid="review-finish">
              {t('reviewFinish')}
            </button>
            {finished && <span className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="review-finished">✓ {t('reviewFinished')}</span>}
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-300">{t('reviewKeysHint')}</p>
          <RetentionList items={data.retention} months={data.settings.retentionMonths} />
        </>
      )}
    </div>
  );
}

function toggle(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}
