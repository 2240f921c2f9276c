import type { Translate } from './i18n';

const DAY = 86_400_000;

/** "today", "3 d ago" or "never", from epoch ms. */
export function formatAgo(t: Translate, at: number | undefined, now: number): string {
  if (at === undefined) return t('never');
  const days = Math.floor((now - at) / DAY);
  return days <= 0 ? t('today') : t('daysAgo', days);
}

/** A money amount in its own currency; never converted. */
export function formatMoney(value: number | undefined, currency: string, locale?: string): string {
  if (value === undefined) return '—';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${Math.round(value)} ${currency}`;
  }
}

export function formatDate(at: number | undefined, locale?: string): string {
  if (at === undefined) return '—';
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(at);
}
