import type { Qualification } from '../../messaging/protocol';
import { BANT_ANSWERS, BANT_KEYS, emptyBant } from '../../model/bant-keys';
import type { Bant, BantAnswer, Prospect, Stage } from '../../model';
import { translate as t } from '../translate';
import { element } from './element';

export interface QualifyFormProps {
  prospect: Prospect;
  stages: Stage[];
  defaultCurrency: string;
  /** The answers, and the person as the user corrected them (pre-filled from the page). */
  onSave: (qualification: Qualification, person: Prospect) => void;
  onCancel: () => void;
}

export interface QualifyForm {
  element: HTMLFormElement;
  setSaving(saving: boolean): void;
  focus(): void;
}

const PERSON_FIELDS = ['name', 'title', 'company', 'phone'] as const;
const ANSWER_LABEL = { unknown: 'answerUnknown', yes: 'answerYes', no: 'answerNo' } as const;

function input(attrs: Record<string, string | undefined>, testid?: string): HTMLInputElement {
  return element('input', { testid, attrs });
}

function field(label: string, control: HTMLElement, extra?: string): HTMLLabelElement {
  return element('label', { class: extra ? `field ${extra}` : 'field' }, [label, control]);
}

/** One BANT part: unknown / yes / no as a radio group, and a short note. */
function bantFieldset(key: (typeof BANT_KEYS)[number]): HTMLFieldSetElement {
  const choices = BANT_ANSWERS.map((answer) =>
    element('label', { class: 'choice' }, [
      input({ type: 'radio', class: 'sr-only', name: `bant-${key}`, value: answer, checked: answer === 'unknown' ? '' : undefined }, `qualify-${key}-${answer}`),
      t(ANSWER_LABEL[answer]),
    ]),
  );
  return element('fieldset', {}, [
    element('legend', { text: t(key) }),
    element('div', { class: 'choices', testid: `qualify-${key}`, attrs: { role: 'radiogroup', 'aria-label': t(key) } }, choices),
    input({ class: 'note', 'aria-label': `${t(key)} — ${t('note')}`, placeholder: t('note'), maxlength: '300', name: `note-${key}` }),
  ]);
}

/**
 * The qualification card: the person's fields pre-filled from the page, BANT, deal value,
 * next step and stage. Enter saves from any field; Esc goes back to the list.
 */
export function createQualifyForm({ prospect, stages, defaultCurrency, onSave, onCancel }: QualifyFormProps): QualifyForm {
  const person = Object.fromEntries(
    PERSON_FIELDS.map((key) => [key, input({ maxlength: '200', value: prospect[key] ?? '' }, `qualify-${key}`)]),
  ) as Record<(typeof PERSON_FIELDS)[number], HTMLInputElement>;
  const dealValue = input({ inputmode: 'decimal' }, 'qualify-value');
  const currency = input({ maxlength: '3', value: defaultCurrency, autocapitalize: 'characters' });
  currency.addEventListener('input', () => (currency.value = currency.value.toUpperCase()));
  const nextStep = input({ maxlength: '300' }, 'qualify-next-step');
  const nextStepDate = input({ type: 'date' });
  const stage = element('select', { testid: 'qualify-stage' }, stages
    .filter((s) => s.kind === 'open')
    .map((s) => element('option', { text: s.name, attrs: { value: s.id } })));
  const save = element('button', { class: 'primary', testid: 'save-lead', text: t('save'), attrs: { type: 'submit' } });
  const form = element('form', { class: 'form', attrs: { 'aria-label': t('qualifyTitle', prospect.name) } }, [
    element('h3', { text: t('qualifyTitle', prospect.name) }),
    element('div', { class: 'grid' }, PERSON_FIELDS.map((key) => field(t(key), person[key]))),
    ...BANT_KEYS.map(bantFieldset),
    element('div', { class: 'split' }, [field(t('dealValue'), dealValue), field(t('currency'), currency, 'narrow')]),
    field(t('nextStep'), nextStep),
    element('div', { class: 'split' }, [field(t('nextStepDate'), nextStepDate), field(t('stage'), stage)]),
    element('div', { class: 'actions' }, [
      element('button', { class: 'ghost', text: t('cancel'), attrs: { type: 'button' }, on: { click: onCancel } }),
      save,
    ]),
  ]);

  function readBant(): Bant {
    const bant = emptyBant();
    for (const key of BANT_KEYS) {
      const checked = form.querySelector<HTMLInputElement>(`input[name="bant-${key}"]:checked`);
      const note = form.querySelector<HTMLInputElement>(`input[name="note-${key}"]`);
      bant[key] = { answer: (checked?.value ?? 'unknown') as BantAnswer, note: note?.value ?? '' };
    }
    return bant;
  }

  function submit(): void {
    if (save.disabled) return;
    const value = Number.parseFloat(dealValue.value.replace(',', '.'));
    const edited: Prospect = {
      ...prospect,
      name: person.name.value.trim() || prospect.name,
      title: person.title.value.trim() || undefined,
      company: person.company.value.trim() || undefined,
      phone: person.phone.value.trim() || undefined,
    };
    onSave({
      bant: readBant(),
      dealValue: Number.isFinite(value) && value >= 0 ? value : undefined,
      currency: /^[A-Z]{3}$/.test(currency.value) ? currency.value : undefined,
      nextStep: nextStep.value.trim() || undefined,
      nextStepAt: nextStepDate.value ? Date.parse(`${nextStepDate.value}T09:00:00`) : undefined,
      stageId: stage.value || undefined,
    }, edited);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('keydown', (event) => {
    // Enter saves from any field (radios and selects included); buttons keep their own meaning.
    const tag = (event.target as HTMLElement).tagName;
    if (event.key === 'Enter' && tag !== 'BUTTON' && tag !== 'TEXTAREA') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  });

  return {
    element: form,
    setSaving(saving) {
      save.disabled = saving;
      save.textContent = saving ? t('saving') : t('save');
    },
    // The first question, as the user has already seen the pre-filled fields on the page.
    focus: () => form.querySelector<HTMLInputElement>('input[type=radio]')?.focus(),
  };
}
