import { BackupSection } from './BackupSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useExport } from './use-export';

/** Export, import and backup of the pipeline: everything that takes data out of Pipewell or brings it in. */
export function DataPanel() {
  const exports = useExport();
  return (
    <div className="flex flex-col divide-y divide-slate-200 dark:divide-slate-700 [&>section]:py-6 [&>section:first-child]:pt-0 [&>section:last-child]:pb-0">
      <ExportSection exports={exports} />
      <ImportSection />
      <BackupSection exports={exports} />
    </div>
  );
}
