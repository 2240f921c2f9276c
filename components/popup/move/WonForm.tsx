import { type FormEvent, useState } from 'react';
import type { Lead } from '../../../lib/model';
import { useT } from '../../i18n';
import { field, primaryButton, secondaryButton } from '../styles';

interface Props {
  lead: Lead;
  onConfirm: (dealValue: number | undefined, currency: string) => void;
  onCancel: () => void;
}

/** Marking a deal won asks what it was worth (prefilled with the deal value so far). */
export function WonForm({ lead, onConfirm, onCancel }: Props) {
  const t = useT();
  const [value, setValue] = useState(lead.dealValue === undefined ? '' : String(lead.dealValue));
  const [currency, setCurrency] = useState(lead.currency);
  const amount = Number.parseFloat(value.replace(/\s/g, '').replace(',', '.'));
  const valid = value.trim() === '' || (Number.isFinite(amount) && amount >= 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || !/^[A-Z]{3}$/.test(currency)) return;
    onConfirm(value.trim() === '' ? undefined : amount, currency);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col text-xs font-medium">
          {t('wonValue')}
          <input autoFocus inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!valid} className={field} data-testid="won-value" />
        </label>
        <label className="flex w-20 flex-col text-xs font-medium">
          {t('currency')}
          <input value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value.toUpperCase())} className={field} />
        </label>
      </div>
      {!valid && <p className="text-xs text-red-700 dark:text-red-300">{t('valueInvalid')}</p>}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onCancel} className={secondaryButton}>{t('cancel')}</button>
        <button type="submit" className={primaryButton} data-testid="confirm-won">{t('markWon')}</button>
      </div>
    </form>
  );
}
