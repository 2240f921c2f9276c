import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '../../../components/format';

describe('formatMoney', () => {
  it('formats each currency with its own formatter, also after the first call', () => {
    expect(formatMoney(1200, 'USD', 'en-US')).toBe('$1,200');
    expect(formatMoney(1200, 'EUR', 'en-US')).toBe('€1,200');
    expect(formatMoney(99.6, 'USD', 'en-US')).toBe('$100');
    expect(formatMoney(1200, 'USD', 'de-DE')).toMatch(/^1\.200\s\$$/u);
  });

  it('falls back to the plain amount for a currency Intl refuses, and a dash for no value', () => {
    expect(formatMoney(10.4, 'NOT-A-CODE', 'en-US')).toBe('10 NOT-A-CODE');
    expect(formatMoney(undefined, 'USD')).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats per locale and keeps each locale apart', () => {
    const at = Date.UTC(2026, 10, 27, 12);
    expect(formatDate(at, 'en-US')).toBe('Nov 27, 2026');
    expect(formatDate(at, 'sv-SE')).toBe('27 nov. 2026');
    expect(formatDate(at, 'en-US')).toBe('Nov 27, 2026');
    expect(formatDate(undefined)).toBe('—');
  });
});
