import type { Figure, MoneyFigure } from './metrics-schema';

/**
 * A known figure, or "not enough data" when the arithmetic would give NaN or ±Infinity:
 * the one place that guards every number leaving the pipeline library.
 */
export function figure(value: number, reasonIfNotFinite: string): Figure {
  return Number.isFinite(value) ? { value } : noData(reasonIfNotFinite);
}

/** A missing figure; every reason reads "not enough data: …" so the UI can show it as is. */
export function noData(reason: string): Figure & { value: null } {
  return { value: null, reason: `not enough data: ${reason}` };
}

/** Per-currency amounts; drops non-finite ones, and is "not enough data" when none are left. */
export function moneyFigure(amounts: ReadonlyMap<string, number>, reasonIfEmpty: string): MoneyFigure {
  const value: Record<string, number> = {};
  let hasAmount = false;
  // Sorted so that a stored snapshot does not depend on the order leads were read in.
  for (const [currency, amount] of [...amounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!Number.isFinite(amount)) continue;
    value[currency] = amount;
    hasAmount = true;
  }
  return hasAmount ? { value } : noData(reasonIfEmpty);
}
