import { useId, useState } from 'react';
import type { ColumnSetId } from '../../lib/io';
import type { ExportQueryInput } from '../../lib/messaging/protocol/io';
import { type MessageKey, useT } from '../i18n';
import { MUTED, PRIMARY, SECONDARY } from '../options/field-classes';
import { ALERT } from './data-classes';
import { ExportFilters } from './ExportFilters';
import type { useExport } from './use-export';

const SETS: [ColumnSetId, MessageKey][] = [
  ['hubspot', 'dataSetHubspot'], ['pipedrive', 'dataSetPipedrive'], ['salesforce', 'dataSetSalesforce'], ['pipewell', 'dataSetPipewell'],
];

/** CSV export: every lead or the current view, in a CRM's columns or Pipewell's own. */
export function ExportSection({ exports }: { exports: ReturnType<typeof useExport> }) {
  const t = useT();
  const id = useId();
  const [scope, setScope] = useState<'all' | 'view'>('all');
  const [query, setQuery] = useState<ExportQueryInput>({ status: ['open'] });
  const { busy, done, error, stages, exportCsv } = exports;
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className="text-base font-semibold">{t('dataExportTitle')}</h3>
      <p className={`max-w-3xl ${MUTED}`}>{t('dataExportIntro')}</p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t('dataExportWhich')}</legend>
        {(['all', 'view'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-scope`} value={value} checked={scope === value} onChange={() => setScope(value)} data-testid={`export-scope-${value}`} />
            {t(value === 'all' ? 'dataExportAll' : 'dataExportView')}
          </label>
        ))}
      </fieldset>
      {scope === 'view' && <ExportFilters value={query} stages={stages} onChange={setQuery} />}
      <div role="group" aria-label={t('dataExportAs')} className="flex flex-wrap gap-2">
        {SETS.map(([set, label]) => (
          <button
            key={set}
            type="button"
            className={set === 'pipewell' ? SECONDARY : PRIMARY}
            disabled={busy !== undefined}
            onClick={() => void exportCsv(set, scope === 'view' ? query : undefined)}
            data-testid={`export-csv-${set}`}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {error?.of === 'csv' && <p role="alert" className={ALERT}>{error.text}</p>}
      <p role="status" className={MUTED}>
        {busy && busy !== 'backup' ? t('dataExporting') : done?.kind === 'csv' ? t('dataExported', done.count, done.filename) : ''}
      </p>
    </section>
  );
}
