import { useCallback, useEffect, useState } from 'react';
import type { ColumnSetId } from '../../lib/io';
import { send } from '../../lib/messaging/client';
import type { ExportQueryInput } from '../../lib/messaging/protocol/io';
import type { Stage } from '../../lib/model';
import { errorText } from './error-text';
import { saveFile } from './download';
import { readParts } from './transfer';

export type ExportKind = ColumnSetId | 'backup';

export type ExportDone =
  | { kind: 'csv'; count: number; filename: string }
  | { kind: 'backup'; leads: number; activities: number; skipped: number; filename: string };

/** CSV exports and the JSON backup: each is fetched in parts from the background and saved as a file. */
export function useExport() {
  const [busy, setBusy] = useState<ExportKind>();
  const [done, setDone] = useState<ExportDone>();
  const [error, setError] = useState<{ of: 'csv' | 'backup'; text: string }>();
  const [stages, setStages] = useState<Stage[]>([]);

  useEffect(() => {
    let live = true;
    send('settings.get', {})
      .then(({ settings }) => live && setStages(settings.stages))
      .catch((e: unknown) => live && setError({ of: 'csv', text: errorText(e) }));
    return () => {
      live = false;
    };
  }, []);

  const start = useCallback(async (kind: ExportKind, work: () => Promise<ExportDone>) => {
    setBusy(kind);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await work());
    } catch (e) {
      setError({ of: kind === 'backup' ? 'backup' : 'csv', text: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  }, []);

  const exportCsv = useCallback(
    (columnSet: ColumnSetId, query?: ExportQueryInput) =>
      start(columnSet, async () => {
        const first = await send('io.exportCsv', { columnSet, query });
        saveFile(await readParts(send, first), first.filename, 'text/csv;charset=utf-8');
        return { kind: 'csv', count: first.count, filename: first.filename };
      }),
    [start],
  );

  const backup = useCallback(
    () =>
      start('backup', async () => {
        const first = await send('io.backup', {});
        saveFile(await readParts(send, first), first.filename, 'application/json');
        return { kind: 'backup', leads: first.leads, activities: first.activities, skipped: first.skipped, filename: first.filename };
      }),
    [start],
  );

  return { busy, done, error, stages, exportCsv, backup };
}
