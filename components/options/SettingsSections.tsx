import { useState } from 'react';
import { useT } from '../i18n';
import { MUTED } from './field-classes';
import { PipelineSettings } from './PipelineSettings';
import { Section } from './Section';
import { StageEditor } from './StageEditor';
import type { SettingsState } from './use-settings';

/** The stage editor and the pipeline settings, each with its own save and its outcome. */
export function SettingsSections({ state, newId }: { state: SettingsState; newId: () => string }) {
  const t = useT();
  const [savedIn, setSavedIn] = useState<'stages' | 'pipeline'>();
  const [failedIn, setFailedIn] = useState<'stages' | 'pipeline'>();
  const track = (where: 'stages' | 'pipeline') => (ok: boolean) => {
    setSavedIn(ok ? where : undefined);
    setFailedIn(ok ? undefined : where);
  };
  const outcome = (where: 'stages' | 'pipeline') => (
    <p role="status" className={`mt-2 text-sm ${failedIn === where ? 'text-red-700 dark:text-red-400' : MUTED}`}>
      {failedIn === where && state.error ? t('errorPrefix', state.error) : savedIn === where ? t('saved') : ''}
    </p>
  );
  const { settings } = state;
  return (
    <>
      <Section id="stages" title={t('optionsStages')} intro={t('optionsStagesIntro')}>
        {settings ? (
          <StageEditor stages={settings.stages} counts={state.counts} busy={state.busy} newId={newId}
            onSave={(stages) => void state.update({ stages }).then(track('stages'))}
            onRemove={(id, moveTo) => state.removeStage(id, moveTo).then((ok) => (track('stages')(ok), ok))} />
        ) : (
          <p role="status" className={MUTED}>{state.error ? t('errorPrefix', state.error) : t('loading')}</p>
        )}
        {outcome('stages')}
      </Section>
      <Section id="pipeline" title={t('optionsPipeline')}>
        {settings && <PipelineSettings settings={settings} busy={state.busy} onSave={(patch) => void state.update(patch).then(track('pipeline'))} />}
        {outcome('pipeline')}
      </Section>
    </>
  );
}
