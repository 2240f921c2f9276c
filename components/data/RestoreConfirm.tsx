import { useEffect, useId, useRef } from 'react';
import type { RestoreSummary } from '../../lib/messaging/protocol/io';
import { formatDate } from '../format';
import { useT } from '../i18n';
import { SECONDARY } from '../options/field-classes';
import { DANGER } from './data-classes';

interface Props {
  fileName: string;
  summary: RestoreSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "This replaces everything": what the backup holds, and the two ways out. Cancel has the focus. */
export function RestoreConfirm({ fileName, summary, busy, onConfirm, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const made = formatDate(Date.parse(summary.exportedAt));
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(e) => e.key === 'Escape' && !busy && onCancel()}
      className="flex max-w-3xl flex-col gap-3 rounded border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <h4 id={`${id}-title`} className="text-base font-semibold">{t('dataRestoreConfirmTitle')}</h4>
      <p id={`${id}-text`} className="text-sm">{t('dataRestoreConfirmText', fileName, made, summary.leads, summary.activities)}</p>
      <div className="flex gap-2">
        <button type="button" className={DANGER} disabled={busy} onClick={onConfirm} data-testid="restore-confirm">
          {busy ? t('dataRestoring') : t('dataRestoreConfirm')}
        </button>
        <button ref={cancel} type="button" className={SECONDARY} disabled={busy} onClick={onCancel}>{t('cancel')}</button>
      </div>
    </div>
  );
}
