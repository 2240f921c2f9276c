import { type FormEvent, useState } from 'react';
import type { Settings } from '../../lib/model';
import { useT } from '../i18n';
import { INPUT, LABEL, PRIMARY } from './field-classes';
import { NumberField } from './NumberField';

type Fields = Pick<Settings, 'qualifiedMinYes' | 'defaultCurrency' | 'weeklyNewLeadTarget'> & { lostReasons: string; ignoreDomains: string };

const toFields = (s: Settings): Fields => ({
  qualifiedMinYes: s.qualifiedMinYes,
  defaultCurrency: s.defaultCurrency,
  weeklyNewLeadTarget: s.weeklyNewLeadTarget,
  lostReasons: s.lostReasons.join('\n'),
  ignoreDomains: s.ignoreDomains.join('\n'),
});
const lines = (text: string) => [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];

interface Props {
  settings: Settings;
  busy: boolean;
  onSave: (patch: Partial<Settings>) => void;
}

/** Qualification rule, lost reasons, Gmail ignore-list, default currency and weekly target. */
export function PipelineSettings({ settings, busy, onSave }: Props) {
  const t = useT();
  const [fields, setFields] = useState(() => toFields(settings));
  const [shown, setShown] = useState(settings);
  if (settings !== shown) {
    setShown(settings);
    setFields(toFields(settings));
  }
  const set = (patch: Partial<Fields>) => setFields({ ...fields, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { lostReasons, ignoreDomains, ...rest } = fields;
    onSave({ ...rest, lostReasons: lines(lostReasons), ignoreDomains: lines(ignoreDomains).map((d) => d.toLowerCase()) });
  };
  const area = `${INPUT} h-28 w-full font-mono`;
  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-2" data-testid="pipeline-settings">
      <label className={`${LABEL} md:col-span-2`}>
        {t('optionsQualifiedMinYes')}
        <select className={`${INPUT} w-20`} aria-label={t('optionsQualifiedMinYes')} value={fields.qualifiedMinYes} onChange={(e) => set({ qualifiedMinYes: Number(e.target.value) })}>
          {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <label className={LABEL}>
        {t('optionsLostReasons')}
        <textarea className={area} value={fields.lostReasons} onChange={(e) => set({ lostReasons: e.target.value })} />
      </label>
      <label className={LABEL}>
        {t('optionsIgnoreDomains')}
        <textarea className={area} value={fields.ignoreDomains} placeholder="example.com" onChange={(e) => set({ ignoreDomains: e.target.value })} />
      </label>
      <label className={LABEL}>
        {t('optionsDefaultCurrency')}
        <input className={`${INPUT} w-24 uppercase`} maxLength={3} pattern="[A-Z]{3}" required value={fields.defaultCurrency}
          onChange={(e) => set({ defaultCurrency: e.target.value.toUpperCase() })} />
      </label>
      <NumberField label={t('optionsWeeklyTarget')} value={fields.weeklyNewLeadTarget} min={0} max={10_000}
        onChange={(n) => set({ weeklyNewLeadTarget: Math.round(n) })} />
      <div className="md:col-span-2">
        <button type="submit" className={PRIMARY} disabled={busy} data-testid="save-settings">{t('optionsSaveSettings')}</button>
      </div>
    </form>
  );
}
