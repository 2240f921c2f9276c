import { useCallback, useRef, useState } from 'react';
import { decodeText } from '../../lib/io';
import { send } from '../../lib/messaging/client';
import type { RestoreSummary } from '../../lib/messaging/protocol/io';
import { useT } from '../i18n';
import { errorText } from './error-text';
import { uploadText } from './transfer';
import { useKeepAlive } from './use-keep-alive';

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'confirm'; fileName: string; uploadId: string; summary: RestoreSummary }
  | { step: 'restoring'; fileName: string; summary: RestoreSummary }
  | { step: 'done'; summary: RestoreSummary };

/**
 * Restore from a backup: the file goes to the background, which validates it without writing
 * (a dry run) so the user sees what it holds; only their confirmation replaces everything.
 */
export function useRestore() {
  const t = useT();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const [error, setError] = useState<string>();
  const run = useRef(0);

  const choose = useCallback(async (file: File) => {
    const token = ++run.current;
    setError(undefined);
    setState({ step: 'checking', fileName: file.name });
    try {
      const text = decodeText(await file.arrayBuffer());
      if (!text.ok) throw new Error(text.error);
      const uploadId = await uploadText(send, text.data);
      const summary = await send('io.restore', { uploadId, dryRun: true });
      if (token === run.current) setState({ step: 'confirm', fileName: file.name, uploadId, summary });
    } catch (e) {
      if (token !== run.current) return;
      setError(errorText(e));
      setState({ step: 'idle' });
    }
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'confirm') return;
    const token = ++run.current;
    setError(undefined);
    setState({ step: 'restoring', fileName: state.fileName, summary: state.summary });
    try {
      const summary = await send('io.restore', { uploadId: state.uploadId });
      if (token === run.current) setState({ step: 'done', summary });
    } catch (e) {
      if (token !== run.current) return;
      setError(t('dataRestoreFailed', errorText(e)));
      setState({ step: 'idle' });
    }
  }, [state, t]);

  const cancel = useCallback(() => {
    run.current += 1;
    setError(undefined);
    setState({ step: 'idle' });
  }, []);

  useKeepAlive(state.step === 'confirm' ? state.uploadId : undefined, () => {
    setError(t('dataRestoreExpired'));
    setState({ step: 'idle' });
  });

  return { state, error, choose, confirm, cancel };
}
