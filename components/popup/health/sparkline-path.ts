export interface SparklineShape {
  /** SVG path data; a gap (null) lifts the pen. Empty when no point has a value. */
  d: string;
  /** The newest point with a value, marked with a dot. */
  last: { x: number; y: number } | undefined;
  /** Points with a value. */
  count: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Scales a daily series (oldest first) into a width × height box: time evenly along x, the
 * series' own min–max along y (a flat series sits in the middle). Never yields NaN.
 */
export function sparklinePath(points: readonly (number | null)[], width: number, height: number, pad = 2): SparklineShape {
  const values = points.filter((p): p is number => p !== null && Number.isFinite(p));
  if (values.length === 0) return { d: '', last: undefined, count: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A change under 1% of the values' size is drawn flat: min–max scaling would blow it up into a swing.
  const span = max - min < Math.max(Math.abs(max), Math.abs(min)) * 0.01 ? 0 : max - min;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const yOf = (v: number) => (span === 0 ? height / 2 : height - pad - ((v - min) / span) * (height - 2 * pad));
  let d = '';
  let penUp = true;
  let last: SparklineShape['last'];
  points.forEach((p, i) => {
    if (p === null || !Number.isFinite(p)) {
      penUp = true;
      return;
    }
    last = { x: round(points.length > 1 ? i * step : width), y: round(yOf(p)) };
    d += `${penUp ? 'M' : 'L'}${last.x} ${last.y}`;
    penUp = false;
  });
  return { d, last, count: values.length };
}
