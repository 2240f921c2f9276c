import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { blockNetwork, extensionIdOf, launchWithExtension } from '../support/launch.mjs';

export { serveFixture } from '../support/launch.mjs';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens the popup as a tab (optionally at a route such as `#/lead/<id>`). */
  popup: (hash?: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await blockNetwork(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  popup: async ({ context, extensionId }, use) => {
    await use(async (hash = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${hash}`);
      return page;
    });
  },
});

/** Sends a protocol message from an extension page (a trusted sender), as the popup does. */
export async function call<T = unknown>(page: Page, name: string, data: unknown): Promise<T> {
  const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), { channel: 'pipewell' as const, name, data });
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  return reply.data as T;
}

export { expect } from '@playwright/test';
