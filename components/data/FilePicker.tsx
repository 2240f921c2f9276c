import { useId } from 'react';

interface Props {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  testId: string;
}

/** A labelled file input; it forgets its choice at once, so the same file can be chosen again. */
export function FilePicker({ label, accept, onFile, disabled, testId }: Props) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
        className="max-w-md text-sm text-slate-700 file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:text-slate-800 hover:file:bg-slate-100 focus:outline-2 focus:outline-indigo-600 disabled:opacity-60 dark:text-slate-300 dark:file:border-slate-600 dark:file:bg-slate-800 dark:file:text-slate-200 dark:hover:file:bg-slate-700"
      />
    </div>
  );
}
