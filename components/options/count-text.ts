import type { MessageKey, Translate } from '../i18n';

/**
 * "1 lead moves…" or "3 leads move…": chrome.i18n has no plural rules, so each counted text
 * has a `…One` key for a count of one (without the count) and a key taking the count first.
 */
export function countText(t: Translate, count: number, one: MessageKey, many: MessageKey, ...rest: (string | number)[]): string {
  return count === 1 ? t(one, ...rest) : t(many, count, ...rest);
}
