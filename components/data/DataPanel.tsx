/** Export, import and backup of the pipeline. Owned by the import/export work. */
export function DataPanel() {
  return <p className="p-4 text-sm">Data</p>;
}
