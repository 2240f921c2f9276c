/** A determinate progress bar a screen reader announces: `value` is 0–1. */
export function ProgressBar({ value, label, testId }: { value: number; label: string; testId?: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm text-slate-700 dark:text-slate-300">{label}</span>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid={testId}
        className="h-2.5 w-full max-w-md overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        {/* Scaled, not resized: a transform animates on the compositor; a width transition lays
            out and paints on the page's main thread every frame it runs, all through a long import. */}
        <div className="h-full w-full origin-left rounded-full bg-indigo-600 transition-transform dark:bg-indigo-400" style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
    </div>
  );
}
