import { useState } from 'react';
import { useT } from '../../i18n';
import { Dialog } from '../Dialog';
import { dangerButton, secondaryButton } from '../styles';

/** "Forget this person": erases the lead and everything about it, after a confirmation. */
export function ForgetButton({ name, onForget }: { name: string; onForget: () => Promise<void> }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} className={`${dangerButton} self-start`} data-testid="forget-lead">{t('forgetPerson')}</button>
      {asking && (
        <Dialog title={t('forgetTitle', name)} onClose={() => setAsking(false)} testId="forget-dialog">
          <p className="text-sm">{t('forgetExplain')}</p>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setAsking(false)} className={secondaryButton}>{t('cancel')}</button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onForget().finally(() => setBusy(false));
              }}
              className={dangerButton}
              data-testid="confirm-forget"
            >
              {t('forget')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
