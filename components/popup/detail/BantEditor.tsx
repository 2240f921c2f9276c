import { type Bant, type BantAnswer, BANT_KEYS, type BantKey } from '../../../lib/model';
import { useT } from '../../i18n';
import { useDraft } from '../use-draft';
import { TextField } from './TextField';

const ANSWERS: BantAnswer[] = ['unknown', 'yes', 'no'];
const ANSWER_LABEL = { unknown: 'answerUnknown', yes: 'answerYes', no: 'answerNo' } as const;
const TONE = { unknown: 'bg-slate-600 border-slate-600 dark:bg-slate-300 dark:border-slate-300', yes: 'bg-emerald-700 border-emerald-700 dark:bg-emerald-300 dark:border-emerald-300', no: 'bg-red-700 border-red-700 dark:bg-red-300 dark:border-red-300' };

/**
 * Budget, Authority, Need, Timing: each a radio group (arrow keys pick the answer, and each
 * pick is saved at once) and a note saved when it loses focus.
 */
export function BantEditor({ bant, onSave }: { bant: Bant; onSave: (bant: Bant) => void }) {
  const t = useT();
  const [shown, setDraft] = useDraft(bant);
  const save = (key: BantKey, patch: Partial<Bant[BantKey]>) => {
    const next = { ...shown, [key]: { ...shown[key], ...patch } };
    setDraft(next);
    onSave(next);
  };
  return (
    <div className="flex flex-col gap-2">
      {BANT_KEYS.map((key) => (
        <fieldset key={key} className="grid grid-cols-[5rem_auto_1fr] items-end gap-2">
          <legend className="sr-only">{t(key)}</legend>
          <span aria-hidden="true" className="pb-1.5 text-xs font-medium text-slate-700 dark:text-slate-200">{t(key)}</span>
          <div className="flex overflow-hidden rounded border border-slate-300 dark:border-slate-600" data-testid={`bant-${key}`}>
            {ANSWERS.map((answer) => {
              const checked = shown[key].answer === answer;
              return (
                <label
                  key={answer}
                  className={`cursor-pointer px-2 py-1 text-xs has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-inset has-[:focus-visible]:ring-indigo-500 ${
                    checked ? `${TONE[answer]} text-white dark:text-slate-950` : 'text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-700'
                  }`}
                >
                  <input type="radio" className="sr-only" name={`bant-${key}`} value={answer} checked={checked} onChange={() => save(key, { answer })} data-testid={`bant-${key}-${answer}`} />
                  {t(ANSWER_LABEL[answer])}
                </label>
              );
            })}
          </div>
          <TextField label={t('bantNoteLabel', t(key))} value={shown[key].note} maxLength={300} onSave={(note) => save(key, { note })} hideLabel placeholder={t('note')} testId={`bant-${key}-note`} />
        </fieldset>
      ))}
    </div>
  );
}
