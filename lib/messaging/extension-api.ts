/** The part of the extension API content scripts use, typed here so they need no polyfill. */
export interface ExtensionApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

/**
 * Firefox's `browser` when it is the extension API, else Chrome's `chrome` (whose MV3
 * `runtime.sendMessage` returns a promise). Content scripts use this instead of
 * webextension-polyfill, which costs milliseconds to evaluate on every page. `runtime.id` is
 * checked because an element with `id="browser"` is a global too.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: Partial<ExtensionApi>; chrome?: ExtensionApi };
  return scope.browser?.runtime?.id ? (scope.browser as ExtensionApi) : (scope.chrome as ExtensionApi);
}
