import type { MessageKey } from '../../components/i18n';
import { extensionApi } from '../messaging/extension-api';

/** The browser's text for `key` in the user's language, with substitutions; the key when missing. */
export function translate(key: MessageKey, ...substitutions: (string | number)[]): string {
  return extensionApi().i18n.getMessage(key, substitutions.map(String)) || key;
}
