import { formatMoney } from '../format';

/** Amounts per currency, each in its own currency, largest first; never added together. */
export function formatAmounts(value: Record<string, number>, locale?: string): string[] {
  return Object.entries(value)
    .sort(([, a], [, b]) => b - a)
    .map(([currency, amount]) => formatMoney(amount, currency, locale));
}
