import type { Lead } from '../../../lib/model';
import { useT } from '../../i18n';
import type { LeadChange } from './use-lead';
import { TextField } from './TextField';

/** yyyy-mm-dd in local time, for a date input. */
export function dateInputValue(at: number | undefined): string {
  if (at === undefined) return '';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date input's day, at 09:00 local time (as the capture card stores it); undefined when unreadable. */
export function dateFromInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const at = Date.parse(`${value}T09:00:00`);
  return Number.isFinite(at) ? at : undefined;
}

/** Parses "12 000,50" or "12000.5"; undefined for anything that is not a non-negative amount. */
export function parseAmount(text: string): number | undefined {
  const value = Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 1e12 ? value : undefined;
}

/** Deal value and currency, next step and its date. */
export function DealEditor({ lead, onSave }: { lead: Lead; onSave: (change: LeadChange) => void }) {
  const t = useT();
  const save = (qualification: NonNullable<LeadChange['qualification']>) => onSave({ qualification });
  return (
    <div className="grid grid-cols-[1fr_9rem] gap-2">
      <TextField
        label={t('dealValue')}
        value={lead.dealValue === undefined ? '' : String(lead.dealValue)}
        inputMode="decimal"
        onSave={(text) => {
          const dealValue = parseAmount(text);
          if (dealValue !== undefined) save({ dealValue });
        }}
        testId="deal-value"
      />
      <TextField
        label={t('currency')}
        value={lead.currency}
        maxLength={3}
        onSave={(text) => /^[A-Za-z]{3}$/.test(text) && save({ currency: text.toUpperCase() })}
        testId="deal-currency"
      />
      <TextField label={t('nextStep')} value={lead.nextStep ?? ''} maxLength={300} onSave={(nextStep) => save({ nextStep })} testId="next-step" />
      <TextField
        label={t('nextStepDate')}
        type="date"
        value={dateInputValue(lead.nextStepAt)}
        onSave={(text) => {
          const nextStepAt = dateFromInput(text);
          if (nextStepAt !== undefined) save({ nextStepAt });
        }}
        testId="next-step-date"
      />
    </div>
  );
}
