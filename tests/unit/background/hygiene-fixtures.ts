import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Prospect } from '../../../lib/model';
import { anna, captureId, createHarness } from './harness';

export const DAY = 86_400_000;

/** A second person, so a test can tell one lead's badge count from another's. */
export const bo: Prospect = {
  ...anna,
  name: 'Bo Lind',
  email: 'bo@lind.se',
  linkedinUrl: 'https://www.linkedin.com/in/bo-lind/',
  sourceUrl: 'https://www.linkedin.com/in/bo-lind/',
};

export type Harness = Awaited<ReturnType<typeof createHarness>>;

export async function capture(h: Harness, prospect: Prospect, dealValue?: number) {
  const qualification = dealValue === undefined ? undefined : { dealValue };
  return (await h.call('lead.capture', { captureId: captureId(), prospect, qualification })).lead;
}

/**
 * fakeBrowser has no i18n or permissions: answer getMessage with the key and its substitutions,
 * and let each test say whether `notifications` was granted.
 */
export function stubBrowserGaps() {
  const granted = { notifications: false };
  beforeEach(() => {
    granted.notifications = false;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => [key, ...(subs ?? [])].join(' ')) as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => granted.notifications) as never);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return granted;
}
