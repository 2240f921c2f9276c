import { type FormEvent, type KeyboardEvent, useState } from 'react';
import type { Qualification } from '../../lib/messaging/protocol';
import { type Bant, type BantAnswer, BANT_KEYS, type BantKey, emptyBant, type Prospect, type Stage } from '../../lib/model';
import { useT } from '../i18n';

interface Props {
  prospect: Prospect;
  stages: Stage[];
  defaultCurrency: string;
  saving: boolean;
  /** The answers, and the person as the user corrected them (pre-filled from the page). */
  onSave: (qualification: Qualification, person: Prospect) => void;
  onCancel: () => void;
}

const ANSWERS: BantAnswer[] = ['unknown', 'yes', 'no'];
const ANSWER_LABEL = { unknown: 'answerUnknown', yes: 'answerYes', no: 'answerNo' } as const;

/** The qualification card: BANT, value, next step and stage. Enter saves, Esc closes. */
export function QualifyForm({ prospect, stages, defaultCurrency, saving, onSave, onCancel }: Props) {
  const t = useT();
  const openStages = stages.filter((s) => s.kind === 'open');
  const [person, setPerson] = useState({ name: prospect.name, title: prospect.title ?? '', company: prospect.company ?? '', phone: prospect.phone ?? '' });
  const [bant, setBant] = useState<Bant>(emptyBant);
  const [dealValue, setDealValue] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [nextStep, setNextStep] = useState('');
  const [nextStepDate, setNextStepDate] = useState('');
  const [stageId, setStageId] = useState(openStages[0]?.id ?? '');

  const input = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900';
  const setPart = (key: BantKey, patch: Partial<Bant[BantKey]>) =>
    setBant((current) => ({ ...current, [key]: { ...current[key], ...patch } }));

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = Number.parseFloat(dealValue.replace(',', '.'));
    const edited: Prospect = {
      ...prospect,
      name: person.name.trim() || prospect.name,
      title: person.title.trim() || undefined,
      company: person.company.trim() || undefined,
      phone: person.phone.trim() || undefined,
    };
    onSave({
      bant,
      dealValue: Number.isFinite(value) && value >= 0 ? value : undefined,
      currency: /^[A-Z]{3}$/.test(currency) ? currency : undefined,
      nextStep: nextStep.trim() || undefined,
      nextStepAt: nextStepDate ? Date.parse(`${nextStepDate}T09:00:00`) : undefined,
      stageId,
    }, edited);
  }

  function onKeyDown(event: KeyboardEvent) {
    // Enter saves from any field (radios and selects included); buttons keep their own meaning.
    const tag = (event.target as HTMLElement).tagName;
    if (event.key === 'Enter' && tag !== 'BUTTON' && tag !== 'TEXTAREA') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('qualifyTitle', prospect.name)} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">{t('qualifyTitle', prospect.name)}</h3>
      <div className="grid grid-cols-2 gap-2">
        {(['name', 'title', 'company', 'phone'] as const).map((key) => (
          <label key={key} className="flex flex-col text-xs text-slate-700">
            {t(key)}
            <input className={input} maxLength={200} value={person[key]} onChange={(e) => setPerson((p) => ({ ...p, [key]: e.target.value }))} data-testid={`qualify-${key}`} />
          </label>
        ))}
      </div>
      {BANT_KEYS.map((key, i) => (
        <fieldset key={key} className="flex flex-col gap-1">
          <legend className="text-xs font-medium text-slate-700">{t(key)}</legend>
          <div className="flex gap-1" role="radiogroup" aria-label={t(key)} data-testid={`qualify-${key}`}>
            {ANSWERS.map((answer) => (
              <label key={answer} className={`cursor-pointer rounded border px-2 py-0.5 text-xs ${bant[key].answer === answer ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 text-slate-700'}`}>
                <input
                  type="radio"
                  className="sr-only"
                  name={`bant-${key}`}
                  value={answer}
                  checked={bant[key].answer === answer}
                  autoFocus={i === 0 && answer === 'unknown'}
                  onChange={() => setPart(key, { answer })}
                  data-testid={`qualify-${key}-${answer}`}
                />
                {t(ANSWER_LABEL[answer])}
              </label>
            ))}
          </div>
          <input className={input} aria-label={`${t(key)} — ${t('note')}`} placeholder={t('note')} maxLength={300} value={bant[key].note} onChange={(e) => setPart(key, { note: e.target.value })} />
        </fieldset>
      ))}
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col text-xs text-slate-700">
          {t('dealValue')}
          <input className={input} inputMode="decimal" value={dealValue} onChange={(e) => setDealValue(e.target.value)} data-testid="qualify-value" />
        </label>
        <label className="flex w-20 flex-col text-xs text-slate-700">
          {t('currency')}
          <input className={input} maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} />
        </label>
      </div>
      <label className="flex flex-col text-xs text-slate-700">
        {t('nextStep')}
        <input className={input} maxLength={300} value={nextStep} onChange={(e) => setNextStep(e.target.value)} data-testid="qualify-next-step" />
      </label>
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col text-xs text-slate-700">
          {t('nextStepDate')}
          <input className={input} type="date" value={nextStepDate} onChange={(e) => setNextStepDate(e.target.value)} />
        </label>
        <label className="flex flex-1 flex-col text-xs text-slate-700">
          {t('stage')}
          <select className={input} value={stageId} onChange={(e) => setStageId(e.target.value)} data-testid="qualify-stage">
            {openStages.map((stage) => (
              <option key={stage.id} value={stage.id}>{stage.name}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex justify-end gap-2">
        <button type="button" className="rounded px-3 py-1 text-sm text-slate-700 hover:bg-slate-100" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" disabled={saving} className="rounded bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60" data-testid="save-lead">
          {saving ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
