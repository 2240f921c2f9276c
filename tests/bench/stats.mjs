// Small statistics and printing helpers for the benchmark's figures.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints a titled table of [label, value, target?] rows. */
export function report(title, rows) {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value, target] of rows) {
    console.log(`  ${label.padEnd(width)}  ${String(value).padStart(18)}${target ? `   (target ${target})` : ''}`);
  }
}
