import { useId } from 'react';
import { formatDate } from '../format';
import { useT } from '../i18n';
import { MUTED, PRIMARY, SECONDARY } from '../options/field-classes';
import { ALERT, HEADING } from './data-classes';
import { DoneMessage } from './DoneMessage';
import { FilePicker } from './FilePicker';
import { RestoreConfirm } from './RestoreConfirm';
import type { useExport } from './use-export';
import { useRestore } from './use-restore';

/** The JSON backup of everything, and the restore that replaces everything with one. */
export function BackupSection({ exports }: { exports: ReturnType<typeof useExport> }) {
  const t = useT();
  const id = useId();
  const restore = useRestore();
  const { state } = restore;
  const { busy, done, error, backup } = exports;
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className={HEADING}>{t('dataBackupTitle')}</h3>
      <p className={`max-w-3xl ${MUTED}`}>{t('dataBackupIntro')}</p>
      <div>
        <button type="button" className={PRIMARY} disabled={busy !== undefined} onClick={() => void backup()} data-testid="backup">
          {t('dataBackup')}
        </button>
      </div>
      {error?.of === 'backup' && <p role="alert" className={ALERT}>{error.text}</p>}
      <p role="status" className={MUTED}>
        {busy === 'backup' ? t('dataBackingUp') : done?.kind === 'backup' ? t('dataBackedUp', done.filename, done.leads, done.activities) : ''}
        {done?.kind === 'backup' && done.skipped > 0 ? ` ${t('dataBackupSkipped', done.skipped)}` : ''}
      </p>
      <FilePicker label={t('dataRestoreFile')} accept=".json,application/json" onFile={(f) => void restore.choose(f)} disabled={state.step === 'restoring'} testId="restore-file" />
      {restore.error && <p role="alert" className={ALERT}>{restore.error}</p>}
      {state.step === 'checking' && <p role="status" className={MUTED}>{t('dataRestoreChecking')}</p>}
      {(state.step === 'confirm' || state.step === 'restoring') && (
        <RestoreConfirm fileName={state.fileName} summary={state.summary} busy={state.step === 'restoring'} onConfirm={() => void restore.confirm()} onCancel={restore.cancel} />
      )}
      {state.step === 'done' && (
        <DoneMessage testId="restore-done">
          {t('dataRestored', state.summary.leads, state.summary.activities, formatDate(Date.parse(state.summary.exportedAt)))}
          <button type="button" className={SECONDARY} onClick={() => location.reload()}>{t('dataReload')}</button>
        </DoneMessage>
      )}
    </section>
  );
}
