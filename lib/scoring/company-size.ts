// A number with optional thousands separators ("10,001", "1 001", "5.000") or a plain run of digits.
const NUMBER = /\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?!\d)|\d+/g;

/**
 * One whole head count for a company-size text: the midpoint of a band ("51-200 employees" →
 * 125, "201–500 anställda" → 350), the lower bound of an open band ("10,001+" → 10001), or the
 * number itself ("350"). LinkedIn's "Self-employed" counts as 1. Undefined when no number.
 */
export function parseCompanySize(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/self-employed|myself only|egenföretagare|selbstständig|indépendant|autónomo/i.test(text)) return 1;
  const numbers = (text.match(NUMBER) ?? [])
    .map((n) => Number(n.replace(/\D/g, '')))
    .filter((n) => Number.isFinite(n));
  const [low, high] = numbers;
  if (low === undefined) return undefined;
  if (high !== undefined && high >= low) return Math.floor((low + high) / 2);
  return low;
}
