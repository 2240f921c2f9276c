import { DataPanel } from '../data/DataPanel';
import { type MessageKey, useT } from '../i18n';
import { CalibrationReport } from './CalibrationReport';
import { HygieneSettings } from './HygieneSettings';
import { ScoringSection } from './ScoringSection';
import { Section } from './Section';
import { SettingsSections } from './SettingsSections';
import { useCalibration } from './use-calibration';
import { useRescoreProgress } from './use-rescore-progress';
import { useScoringModel } from './use-scoring-model';
import { useSettings } from './use-settings';

const NAV: [string, MessageKey][] = [
  ['scoring', 'optionsScoring'],
  ['calibration', 'optionsCalibration'],
  ['stages', 'optionsStages'],
  ['pipeline', 'optionsPipeline'],
  ['data', 'optionsData'],
];

/** The options page: scoring model with preview and calibration, stages, settings, data. */
export function OptionsApp({ newId }: { newId: () => string }) {
  const t = useT();
  const scoring = useScoringModel();
  const calibration = useCalibration();
  const settings = useSettings();
  const { progress, watch } = useRescoreProgress({ onFinished: calibration.reload });
  return (
    <div className="min-h-screen bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-900/95">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-6 py-3">
          <h1 className="text-lg font-bold text-indigo-700 dark:text-indigo-300">{t('optionsTitle')}</h1>
          <nav aria-label={t('optionsNav')}>
            <ul className="flex flex-wrap gap-4 text-sm">
              {NAV.map(([id, key]) => (
                <li key={id}><a className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300" href={`#${id}`}>{t(key)}</a></li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main className="mx-auto flex max-w-7xl flex-col gap-6 p-6">
        <ScoringSection scoring={scoring} progress={progress} onSaved={watch} newId={newId} />
        <Section id="calibration" title={t('optionsCalibration')} intro={t('optionsCalibrationIntro')}>
          <CalibrationReport report={calibration.report} error={calibration.error} onApply={scoring.applySuggestion} onRefresh={calibration.reload} />
        </Section>
        <SettingsSections state={settings} newId={newId} />
        {/* Hygiene settings: owned by the hygiene work, which renders its own section here. */}
        <HygieneSettings />
        <Section id="data" title={t('optionsData')}>
          <DataPanel />
        </Section>
      </main>
    </div>
  );
}
