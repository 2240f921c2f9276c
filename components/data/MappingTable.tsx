import { memo, useId } from 'react';
import { IMPORT_TARGETS, type ImportTarget } from '../../lib/io';
import { useT } from '../i18n';
import { INPUT, MUTED, SECONDARY } from '../options/field-classes';
import { HEADING, TABLE_WRAP, TD, TH } from './data-classes';
import { TARGET_LABELS } from './target-labels';
import type { ImportFile } from './use-import';

interface Props {
  file: ImportFile;
  disabled: boolean;
  onTarget: (column: number, target: ImportTarget) => void;
  onMapByHand: () => void;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Each column of the file and the field it fills, as suggested by its header; the user can change any.
 * Memoised: the check's progress re-renders the section a hundred times, and this table stays as it was.
 */
export const MappingTable = memo(function MappingTable({ file, disabled, onTarget, onMapByHand }: Props) {
  const t = useT();
  const id = useId();
  const { headers, rows } = file.table;
  const targets = file.mapping.mode === 'columns' ? file.mapping.targets : [];
  const sample = (column: number) => rows.slice(0, 5).map((row) => row[column]?.trim() ?? '').find(Boolean) ?? '';
  return (
    <div className="flex flex-col gap-2" data-testid="import-mapping">
      <h4 id={`${id}-title`} className={HEADING}>{t('dataMappingTitle')}</h4>
      <p className={MUTED}>{t('dataMappingIntro', file.name, rows.length)}</p>
      {file.mapping.mode === 'pipewell' ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm">{t('dataPipewellFile')}</p>
          <button type="button" className={SECONDARY} disabled={disabled} onClick={onMapByHand}>{t('dataMapByHand')}</button>
        </div>
      ) : (
        <div className={`${TABLE_WRAP} max-w-4xl`} role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table className="w-full border-collapse">
            <thead>
              <tr>
                <th scope="col" className={TH}>{t('dataColumnInFile')}</th>
                <th scope="col" className={TH}>{t('dataFirstValue')}</th>
                <th scope="col" className={TH}>{t('dataField')}</th>
              </tr>
            </thead>
            <tbody>
              {headers.map((header, column) => (
                <tr key={column}>
                  <th scope="row" className={`${TD} text-left font-medium`}>{header || `#${column + 1}`}</th>
                  <td className={`${TD} max-w-xs truncate text-slate-600 dark:text-slate-400`} title={sample(column)}>{clip(sample(column))}</td>
                  <td className={TD}>
                    <select
                      className={INPUT}
                      value={targets[column] ?? 'ignore'}
                      disabled={disabled}
                      aria-label={t('dataFieldFor', header || `#${column + 1}`)}
                      onChange={(e) => onTarget(column, e.target.value as ImportTarget)}
                      data-testid="import-target"
                    >
                      {IMPORT_TARGETS.map((target) => <option key={target} value={target}>{t(TARGET_LABELS[target])}</option>)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
});
