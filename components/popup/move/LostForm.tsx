import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n';
import { field, primaryButton, secondaryButton } from '../styles';

interface Props {
  reasons: string[];
  onConfirm: (reason: string, isNew: boolean) => void;
  onCancel: () => void;
}

const NEW = '\u0000new';

/** Marking a deal lost asks why: one of the user's reasons, or a new one (which is kept for next time). */
export function LostForm({ reasons, onConfirm, onCancel }: Props) {
  const t = useT();
  const [choice, setChoice] = useState(reasons[0] ?? NEW);
  const [fresh, setFresh] = useState('');
  const isNew = choice === NEW;
  const reason = (isNew ? fresh : choice).trim().slice(0, 80);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return;
    onConfirm(reason, isNew && !reasons.includes(reason));
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <label className="flex flex-col text-xs font-medium">
        {t('lostReason')}
        <select autoFocus value={choice} onChange={(e) => setChoice(e.target.value)} className={field} data-testid="lost-reason">
          {reasons.map((r) => <option key={r} value={r}>{r}</option>)}
          <option value={NEW}>{t('newReason')}</option>
        </select>
      </label>
      {isNew && (
        <label className="flex flex-col text-xs font-medium">
          {t('newReasonLabel')}
          <input value={fresh} maxLength={80} onChange={(e) => setFresh(e.target.value)} className={field} data-testid="lost-new-reason" />
        </label>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onCancel} className={secondaryButton}>{t('cancel')}</button>
        <button type="submit" disabled={!reason} className={primaryButton} data-testid="confirm-lost">{t('markLost')}</button>
      </div>
    </form>
  );
}
