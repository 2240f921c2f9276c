import type { Translate } from './i18n';

const DAY = 86_400_000;

/** "today", "3 d ago" or "never", from epoch ms. */
export function formatAgo(t: Translate, at: number | undefined, now: number): string {
  if (at === undefined) return t('never');
  const days = Math.floor((now - at) / DAY);
  return days <= 0 ? t('today') : t('daysAgo', days);
}

// Intl formatters are costly to build (tens of ms for the first one) and cheap to reuse.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function moneyFormat(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(key, format);
  }
  return format;
}

/** A money amount in its own currency; never converted. */
export function formatMoney(value: number | undefined, currency: string, locale?: string): string {
  if (value === undefined) return '—';
  try {
    return moneyFormat(currency, locale).format(value);
  } catch {
    return `${Math.round(value)} ${currency}`;
  }
}

export function formatDate(at: number | undefined, locale?: string): string {
  if (at === undefined) return '—';
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    dateFormats.set(key, format);
  }
  return format.format(at);
}
