import { useId } from 'react';
import { useT } from '../i18n';
import { MUTED, PRIMARY, SECONDARY } from '../options/field-classes';
import { ALERT, HEADING } from './data-classes';
import { DoneMessage } from './DoneMessage';
import { FilePicker } from './FilePicker';
import { ImportPreview } from './ImportPreview';
import { ImportSummary } from './ImportSummary';
import { MappingTable } from './MappingTable';
import { ProgressBar } from './ProgressBar';
import { useImport } from './use-import';

const NAME_TARGETS = new Set(['name', 'firstName', 'lastName']);

/** CSV import: file → columns matched to fields → preview → what it would do → commit. */
export function ImportSection() {
  const t = useT();
  const id = useId();
  const { state, file, error, ...act } = useImport();
  const checking = state.step === 'checking';
  const mapping = file && (state.step === 'mapping' || checking);
  const hasName = file?.mapping.mode === 'pipewell' || file?.mapping.targets.some((target) => NAME_TARGETS.has(target));
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className={HEADING}>{t('dataImportTitle')}</h3>
      <p className={`max-w-3xl ${MUTED}`}>{t('dataImportIntro')}</p>
      <FilePicker label={t('dataImportFile')} accept=".csv,.tsv,.txt,text/csv" onFile={(f) => void act.choose(f)} disabled={checking || state.step === 'committing'} testId="import-file" />
      {error && <p role="alert" className={ALERT}>{error}</p>}
      {state.step === 'reading' && <ProgressBar value={state.progress} label={t('dataReading')} testId="import-progress" />}
      {mapping && (
        <>
          <MappingTable file={file} disabled={checking} onTarget={act.setTarget} onMapByHand={act.mapByHand} />
          <ImportPreview file={file} />
          {checking ? (
            <div className="flex flex-wrap items-end gap-3">
              <ProgressBar value={state.progress} label={t('dataChecking')} testId="import-progress" />
              <button type="button" className={SECONDARY} onClick={act.back}>{t('cancel')}</button>
            </div>
          ) : (
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" className={PRIMARY} disabled={!hasName} onClick={() => void act.check()} data-testid="import-check">{t('dataCheck')}</button>
              <button type="button" className={SECONDARY} onClick={act.reset}>{t('cancel')}</button>
              {!hasName && <span className={MUTED} role="status">{t('dataNeedName')}</span>}
            </div>
          )}
        </>
      )}
      {file && (state.step === 'summary' || state.step === 'committing') && (
        <ImportSummary check={state.check} fileName={file.name} busy={state.step === 'committing'} onCommit={() => void act.commit()} onBack={act.back} />
      )}
      {state.step === 'done' && (
        <DoneMessage testId="import-done">
          {t('dataImported', state.created, state.merged)}
          <button type="button" className={SECONDARY} onClick={act.reset}>{t('dataImportAnother')}</button>
        </DoneMessage>
      )}
    </section>
  );
}
