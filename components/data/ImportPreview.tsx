import { memo, useId } from 'react';
import type { ImportTarget } from '../../lib/io';
import { useT } from '../i18n';
import { HEADING, TABLE_WRAP, TD, TH } from './data-classes';
import { TARGET_LABELS } from './target-labels';
import type { ImportFile } from './use-import';

// What a full Pipewell export shows of a row: who, and where in the pipeline.
const PIPEWELL_PREVIEW: [string, ImportTarget][] = [['name', 'name'], ['email', 'email'], ['company', 'company'], ['title', 'title'], ['stageId', 'stage']];

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The first five rows as the mapping reads them: one column per field that is filled. Memoised like MappingTable. */
export const ImportPreview = memo(function ImportPreview({ file }: { file: ImportFile }) {
  const t = useT();
  const id = useId();
  const { headers, rows } = file.table;
  const columns: [number, ImportTarget][] =
    file.mapping.mode === 'pipewell'
      ? PIPEWELL_PREVIEW.map(([header, target]): [number, ImportTarget] => [headers.indexOf(header), target])
      : file.mapping.targets.flatMap((target, i): [number, ImportTarget][] => (target === 'ignore' ? [] : [[i, target]]));
  return (
    <div className="flex flex-col gap-2">
      <h4 id={`${id}-title`} className={HEADING}>{t('dataPreviewTitle')}</h4>
      <div className={TABLE_WRAP} role="region" aria-labelledby={`${id}-title`} tabIndex={0} data-testid="import-preview">
        <table className="w-full border-collapse">
          <thead>
            <tr>
              <th scope="col" className={TH}>{t('dataRowCol')}</th>
              {columns.map(([column, target]) => <th key={column} scope="col" className={TH}>{t(TARGET_LABELS[target])}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 5).map((row, i) => (
              <tr key={i}>
                <th scope="row" className={`${TD} align-top text-left font-normal text-slate-500 dark:text-slate-400`}>{i + 2}</th>
                {columns.map(([column]) => {
                  const cell = row[column] ?? '';
                  return <td key={column} className={`${TD} align-top max-w-xs whitespace-pre-line break-words`} title={cell.length > 80 ? cell.slice(0, 2000) : undefined}>{clip(cell)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
