import type { MessageKey } from '../../components/i18n';
import { extensionApi } from '../messaging/extension-api';
import { CARD_LANGUAGES, CARD_TEXT, type CatalogEntry } from './card-text';

let language: number | undefined;

/**
 * Which `CARD_TEXT` column `i18n.getMessage` would read: the browser's UI language when the
 * extension ships it, else the default locale (English). `getUILanguage` needs no catalog.
 */
function languageIndex(): number {
  if (language === undefined) {
    const i18n = extensionApi().i18n as { getUILanguage?: () => string };
    const ui = (i18n.getUILanguage?.() ?? navigator.language).toLowerCase().split(/[-_]/)[0] ?? '';
    language = Math.max(0, (CARD_LANGUAGES as readonly string[]).indexOf(ui));
  }
  return language;
}

/** `entry` with its `$NAME$` placeholders and `$1`…`$9` filled as the browser's i18n does. */
export function fillMessage(entry: CatalogEntry, substitutions: string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  // One pass, so a substitution (page text) is never expanded again.
  return named.replace(/\$(\$|[1-9])/g, (_, ref: string) => (ref === '$' ? '$' : (substitutions[Number(ref) - 1] ?? '')));
}

/** The text for `key` in the user's language, with substitutions; the key when missing. */
export function translate(key: MessageKey, ...substitutions: (string | number)[]): string {
  const args = substitutions.map(String);
  const entry = Object.hasOwn(CARD_TEXT, key) ? CARD_TEXT[key as keyof typeof CARD_TEXT][languageIndex()] : undefined;
  if (entry) return fillMessage(entry, args) || key;
  // A key outside the card's table costs the catalog fetch (see card-text.ts).
  return extensionApi().i18n.getMessage(key, args) || key;
}
