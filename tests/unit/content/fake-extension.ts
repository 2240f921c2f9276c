import { vi } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export type Message = { channel: string; name: string; data: unknown };

/** English text for `key`, with `$NAME$` placeholders filled as the browser's i18n does. */
function getMessage(key: string, substitutions: string[] = []): string {
  const entry = (messages as Record<string, Entry | undefined>)[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return substitutions[Number(content.slice(1)) - 1] ?? '';
  });
}

/**
 * Chrome's extension API as a content script sees it (`chrome.runtime`, `chrome.i18n`), with
 * the background answered by `answer`. Returns the `sendMessage` spy.
 */
export function installFakeExtension(answer: (message: Message) => unknown) {
  const sendMessage = vi.fn(async (message: Message) => answer(message));
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', { runtime: { id: 'pipewell-test', sendMessage }, i18n: { getMessage } });
  return sendMessage;
}
