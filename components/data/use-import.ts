import { useCallback, useRef, useState } from 'react';
import { autoMapColumns, type ColumnMapping, type CsvTable, type ImportTarget, parseCsvChunked, type Progress, suggestTarget } from '../../lib/io';
import { send } from '../../lib/messaging/client';
import { useT } from '../i18n';
import { errorText } from './error-text';
import { type ImportCheck, planInChunks } from './plan-import';
import { useKeepAlive } from './use-keep-alive';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; progress: number }
  | { step: 'mapping' }
  | { step: 'checking'; progress: number }
  | { step: 'summary'; check: ImportCheck }
  | { step: 'committing'; check: ImportCheck }
  | { step: 'done'; created: number; merged: number };

export interface ImportFile {
  name: string;
  table: CsvTable;
  mapping: ColumnMapping;
}

class Superseded extends Error {}

/** Progress as the bar shows it, in whole percent: a smaller step would re-render for nothing. */
const percentOf = (p: Progress) => (p.total ? Math.floor((p.done / p.total) * 100) / 100 : 1);

/**
 * The CSV import, step by step: read the file in the page (in chunks, so it stays responsive),
 * map its columns, check it in the background chunk by chunk, then commit the plan whole.
 */
export function useImport() {
  const t = useT();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [file, setFile] = useState<ImportFile>();
  const [error, setError] = useState<string>();
  // Every new action takes a token; progress from an older one (cancelled, replaced) is dropped.
  const run = useRef(0);

  const choose = useCallback(async (picked: File) => {
    const token = ++run.current;
    setError(undefined);
    setFile(undefined);
    setState({ step: 'reading', progress: 0 });
    try {
      const parsed = await parseCsvChunked(picked, {
        onProgress: (p) => token === run.current && setState(progressed('reading', percentOf(p))),
      });
      if (token !== run.current) return;
      if (!parsed.ok) throw new Error(parsed.error);
      setFile({ name: picked.name, table: parsed.data, mapping: autoMapColumns(parsed.data.headers) });
      setState({ step: 'mapping' });
    } catch (e) {
      if (token !== run.current) return;
      setError(errorText(e));
      setState({ step: 'idle' });
    }
  }, []);

  const setTarget = useCallback((column: number, target: ImportTarget) => {
    setFile((f) => {
      if (!f) return f;
      const targets = f.mapping.mode === 'columns' ? [...f.mapping.targets] : f.table.headers.map(suggestTarget);
      targets[column] = target;
      return { ...f, mapping: { mode: 'columns', targets } };
    });
  }, []);

  const mapByHand = useCallback(() => {
    setFile((f) => f && { ...f, mapping: { mode: 'columns', targets: f.table.headers.map(suggestTarget) } });
  }, []);

  const check = useCallback(async () => {
    if (!file) return;
    const token = ++run.current;
    setError(undefined);
    setState({ step: 'checking', progress: 0 });
    try {
      const result = await planInChunks(send, file.table, file.mapping, (p) => {
        if (token !== run.current) throw new Superseded();
        setState(progressed('checking', percentOf(p)));
      });
      if (token === run.current) setState({ step: 'summary', check: result });
    } catch (e) {
      if (e instanceof Superseded || token !== run.current) return;
      setError(errorText(e));
      setState({ step: 'mapping' });
    }
  }, [file]);

  const commit = useCallback(async () => {
    if (state.step !== 'summary') return;
    const token = ++run.current;
    setError(undefined);
    setState({ step: 'committing', check: state.check });
    try {
      const done = await send('io.commitImport', { planId: state.check.planId });
      if (token === run.current) setState({ step: 'done', ...done });
    } catch (e) {
      // The plan is spent: the file is checked again, against what the database holds now.
      if (token === run.current) {
        setError(t('dataCommitFailed', errorText(e)));
        setState({ step: 'mapping' });
      }
    }
  }, [state, t]);

  /** From a check or its summary back to the mapping; nothing was written. */
  const back = useCallback(() => {
    run.current += 1;
    setError(undefined);
    setState({ step: 'mapping' });
  }, []);

  /** Drops the file: back to the start. */
  const reset = useCallback(() => {
    run.current += 1;
    setError(undefined);
    setFile(undefined);
    setState({ step: 'idle' });
  }, []);

  useKeepAlive(state.step === 'summary' ? state.check.planId : undefined, () => {
    setError(t('dataCheckExpired'));
    setState({ step: 'mapping' });
  });

  return { state, file, error, choose, setTarget, mapByHand, check, commit, back, reset };
}

/** The next state for a progress report; the same state when the bar would not move, so React skips the render. */
function progressed(step: 'reading' | 'checking', progress: number) {
  return (state: ImportStep): ImportStep => (state.step === step && state.progress === progress ? state : { step, progress });
}
