import { useEffect, useId, useRef } from 'react';
import type { RowProblem } from '../../lib/messaging/protocol/io';
import { type MessageKey, useT } from '../i18n';
import { MUTED, PRIMARY, SECONDARY } from '../options/field-classes';
import { HEADING } from './data-classes';
import { saveFile } from './download';
import type { ImportCheck } from './plan-import';
import { ProblemTable } from './ProblemTable';

interface Props {
  check: ImportCheck;
  fileName: string;
  busy: boolean;
  onCommit: () => void;
  onBack: () => void;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function saveProblems(problems: RowProblem[], fileName: string): void {
  const lines = ['Row,Reason', ...problems.map((p) => `${p.row},${quote(p.reason)}`)];
  saveFile([`\uFEFF${lines.join('\r\n')}\r\n`], `${fileName.replace(/\.[^.]*$/, '')}-rejected.csv`, 'text/csv;charset=utf-8');
}

/** What the import would do, before anything is written: counts, every rejected row and why, then commit or go back. */
export function ImportSummary({ check, fileName, busy, onCommit, onBack }: Props) {
  const t = useT();
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const writes = check.newLeads + check.merged;
  const counts: [string, MessageKey, number][] = [
    ['new', 'dataSummaryNew', check.newLeads],
    ['merged', 'dataSummaryMerged', check.merged],
    ...(check.repeats ? [['repeats', 'dataSummaryRepeats', check.repeats] as [string, MessageKey, number]] : []),
    ['rejected', 'dataSummaryRejected', check.rejectedCount],
  ];
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3" data-testid="import-summary">
      <h4 id={`${id}-title`} ref={title} tabIndex={-1} className={`${HEADING} focus:outline-none`}>{t('dataSummaryTitle')}</h4>
      <p className={MUTED}>{t('dataSummaryRows', check.rows, fileName)} {t('dataNothingWritten')}</p>
      <dl className="grid max-w-3xl grid-cols-2 gap-2 sm:grid-cols-4">
        {counts.map(([name, label, count]) => (
          <div key={name} className={`rounded border p-2 ${name === 'rejected' && count > 0 ? 'border-red-200 bg-red-50 dark:border-red-800 dark:bg-red-950' : 'border-slate-200 dark:border-slate-700'}`}>
            <dt className="text-xs text-slate-600 dark:text-slate-400">{t(label)}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`import-count-${name}`}>{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {check.rejected.length > 0 && (
        <div className="flex flex-col gap-2">
          <h5 className="text-sm font-semibold">{t('dataRejectedTitle')}</h5>
          <ProblemTable problems={check.rejected} label={t('dataRejectedTitle')} testId="import-rejected" />
          <div>
            <button type="button" className={SECONDARY} onClick={() => saveProblems(check.rejected, fileName)}>{t('dataDownloadRejected')}</button>
          </div>
        </div>
      )}
      {check.warnings.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">{t('dataSummaryWarnings', check.warningCount)}</summary>
          <ProblemTable problems={check.warnings} label={t('dataSummaryWarnings', check.warningCount)} testId="import-warnings" />
        </details>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={PRIMARY} disabled={busy || writes === 0} onClick={onCommit} data-testid="import-commit">
          {busy ? t('dataCommitting') : t('dataCommit', check.newLeads, check.merged)}
        </button>
        <button type="button" className={SECONDARY} disabled={busy} onClick={onBack}>{t('dataBack')}</button>
        {writes === 0 && <span className={MUTED}>{t('dataNothingToImport')}</span>}
      </div>
    </section>
  );
}
