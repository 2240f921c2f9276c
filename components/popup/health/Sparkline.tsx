import { useT } from '../../i18n';
import { sparklinePath } from './sparkline-path';

const WIDTH = 56;
const HEIGHT = 24;

interface Props {
  points: readonly (number | null)[];
  /** Formats a value the way the figure shows it, for the spoken summary. */
  format: (value: number) => string;
}

/** A small inline trend line of the last weeks, with a spoken summary (first and latest value). */
export function Sparkline({ points, format }: Props) {
  const t = useT();
  const shape = sparklinePath(points, WIDTH, HEIGHT);
  const weeks = Math.round(points.length / 7);
  const values = points.filter((p): p is number => p !== null);
  const label =
    shape.count < 2 || values.length < 2
      ? t('trendTooShort')
      : t('trendLabel', weeks, format(values[0] ?? 0), format(values[values.length - 1] ?? 0));
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`} role="img" aria-label={label} className="shrink-0 text-indigo-600 dark:text-indigo-300" data-testid="sparkline">
      <title>{label}</title>
      <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1} />
      {shape.d && <path d={shape.d} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />}
      {shape.last && <circle cx={shape.last.x} cy={shape.last.y} r={2.5} fill="currentColor" />}
    </svg>
  );
}
