import type { BrowserContext } from '@playwright/test';

export const EXTENSION_PATH: string;
export const CHROMIUM_PATH: string;
export const FIXTURES: string;
export function missingPrerequisite(): string | undefined;
export function launchWithExtension(options?: { headless?: boolean; locale?: string; extension?: boolean; extensionPath?: string }): Promise<BrowserContext>;
export function extensionIdOf(context: BrowserContext): Promise<string>;
export function blockNetwork(context: BrowserContext): Promise<void>;
export function serveFixture(context: BrowserContext, urlPattern: string | RegExp, fixture: string): Promise<void>;
