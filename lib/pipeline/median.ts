/**
 * Median of the samples (mean of the middle two for an even count); NaN when there are none.
 * Quickselect on a copy: linear on average, where sorting every stage's samples dominated
 * computeMetrics on 100k leads.
 */
export function median(samples: readonly number[]): number {
  const n = samples.length;
  if (n === 0) return NaN;
  const values = Float64Array.from(samples);
  const mid = n >> 1;
  const upper = select(values, mid);
  if (n % 2 === 1) return upper;
  // After selecting `mid`, everything left of it is ≤ it, so the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) lower = Math.max(lower, values[i] ?? -Infinity);
  return (lower + upper) / 2;
}

/** Rearranges `a` so that a[k] is the k-th smallest value, smaller ones before it; returns a[k]. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // Median-of-three pivot keeps sorted and reversed input (common in history data) linear.
    const m = (lo + hi) >> 1;
    const pivot = medianOf3(a[lo] ?? 0, a[m] ?? 0, a[hi] ?? 0);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] ?? NaN;
}

function medianOf3(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
