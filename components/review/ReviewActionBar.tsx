import { type MessageKey, useT } from '../i18n';
import { type FormMode, SHORTCUT } from './review-keys';

export const ACTION_LABEL: Record<FormMode, MessageKey> = {
  archive: 'reviewArchive',
  lost: 'reviewLost',
  snooze: 'reviewSnooze',
  touch: 'reviewTouch',
  next: 'nextStep',
  move: 'reviewMove',
};

interface Props {
  modes: readonly FormMode[];
  onOpen: (mode: FormMode, opener: HTMLButtonElement) => void;
  /** Prefix for test ids and accessible names: the card's actions, or the selection's. */
  scope: 'review' | 'bulk';
  label: string;
}

/** One button per action, each showing (and announcing) its one-key shortcut. */
export function ReviewActionBar({ modes, onOpen, scope, label }: Props) {
  const t = useT();
  return (
    <div role="toolbar" aria-label={label} className="flex flex-wrap gap-1.5">
      {modes.map((mode) => (
        <button
          key={mode}
          type="button"
          onClick={(e) => onOpen(mode, e.currentTarget)}
          aria-keyshortcuts={scope === 'review' ? SHORTCUT[mode] : undefined}
          className="inline-flex items-center gap-1.5 rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-indigo-500 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-700"
          data-testid={`${scope}-${mode}`}
        >
          {t(ACTION_LABEL[mode])}
          {scope === 'review' && (
            <kbd aria-hidden="true" className="rounded bg-slate-200 px-1 font-mono text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200">
              {SHORTCUT[mode]}
            </kbd>
          )}
        </button>
      ))}
    </div>
  );
}
