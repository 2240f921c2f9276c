import type { RescoreProgress } from '../../lib/messaging/protocol/scoring';
import { useT } from '../i18n';
import { PRIMARY, SECONDARY } from './field-classes';
import { ModelEditor } from './ModelEditor';
import { ModelPreview } from './ModelPreview';
import { RescoreStatus } from './RescoreStatus';
import { Section } from './Section';
import type { ScoringModelState } from './use-scoring-model';

interface Props {
  scoring: ScoringModelState;
  progress?: RescoreProgress;
  onSaved: (jobId: string) => void;
  newId: () => string;
}

/** The model editor beside a sticky preview with Save: edit, see the effect, save, re-score. */
export function ScoringSection({ scoring, progress, onSaved, newId }: Props) {
  const t = useT();
  const { draft, dirty, invalid, saving, preview } = scoring;
  const save = async () => {
    const jobId = await scoring.save();
    if (jobId) onSaved(jobId);
  };
  return (
    <Section id="scoring" title={t('optionsScoring')} intro={t('optionsScoringIntro')}>
      {!draft ? (
        <p role="status" className="text-sm">{scoring.error ? t('errorPrefix', scoring.error) : t('loading')}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <ModelEditor model={draft} onChange={scoring.setDraft} newId={newId} />
          <aside aria-labelledby="preview-title" className="flex flex-col gap-3 self-start rounded-lg border border-indigo-200 bg-indigo-50/60 p-4 lg:sticky lg:top-16 dark:border-indigo-900 dark:bg-indigo-950/40">
            <h3 id="preview-title" className="text-base font-semibold">{t('optionsPreview')}</h3>
            <ModelPreview dirty={dirty} pending={preview.pending} preview={preview.preview} invalid={invalid} error={preview.error} />
            <div className="flex flex-wrap gap-2">
              <button type="button" className={PRIMARY} disabled={!dirty || !!invalid || saving} onClick={save} data-testid="save-model">
                {saving ? t('saving') : t('optionsSaveModel')}
              </button>
              <button type="button" className={SECONDARY} disabled={!dirty || saving} onClick={scoring.discard}>{t('optionsDiscard')}</button>
            </div>
            <button type="button" className={`${SECONDARY} self-start`} onClick={scoring.restoreDefault}>{t('optionsRestoreDefault')}</button>
            {scoring.error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t('errorPrefix', scoring.error)}</p>}
            <RescoreStatus progress={progress} />
          </aside>
        </div>
      )}
    </Section>
  );
}
