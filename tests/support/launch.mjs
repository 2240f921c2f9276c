// One way to start Chromium with Pipewell loaded, shared by the e2e tests, the tour and the bench.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

export const EXTENSION_PATH = path.resolve(process.env.PIPEWELL_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURES = path.resolve('tests/fixtures');

/** Why Chromium with the extension cannot start here, or undefined when it can. */
export function missingPrerequisite() {
  if (!existsSync(CHROMIUM_PATH)) {
    return `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`;
  }
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    return `No built extension at ${EXTENSION_PATH}. Run "npm run build" first.`;
  }
  return undefined;
}

/**
 * Debian's Chromium with the built extension, in a fresh profile. The network flags keep it
 * from calling Google's services, which a closed network refuses.
 */
export async function launchWithExtension({ headless = true, locale = 'en-US', extension = true, extensionPath = EXTENSION_PATH } = {}) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'pipewell-'));
  return chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: CHROMIUM_PATH,
    locale,
    viewport: { width: 1400, height: 900 },
    args: [
      ...(extension ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
    ],
  });
}

/** The extension's id, read off its service worker's URL. */
export async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Refuses every request (the real sites' scripts and images); register before fixtures. */
export async function blockNetwork(context) {
  await context.route(/^https?:\/\//, (route) => route.fulfill({ status: 404, body: '' }));
}

/** Serves a fixture file at a real site URL pattern (the network is closed; pages are local). */
export async function serveFixture(context, urlPattern, fixture) {
  const body = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  await context.route(urlPattern, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}
