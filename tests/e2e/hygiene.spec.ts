import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { call, expect, test } from './fixtures';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> };
};
declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

const SHOTS = 'test-results/screenshots';
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const DAY = 86_400_000;

const person = (name: string, slug: string) => ({
  source: 'linkedin',
  kind: 'person',
  name,
  company: 'Nordvik AB',
  linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
  sourceUrl: `https://www.linkedin.com/in/${slug}/`,
});

/**
 * Ages a lead by rewriting its touch and stage dates in the worker's own IndexedDB. The test moves
 * the data's clock rather than the system's: nothing test-only ships in the extension, and the
 * staleness rule sees exactly what it would see after 30 quiet days.
 */
async function ageLead(sw: Worker, id: string, days: number): Promise<void> {
  await sw.evaluate(
    async ({ id, at }) => {
      const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
      const db = await request(indexedDB.open('pipewell'));
      const tx = db.transaction('leads', 'readwrite');
      const lead = await request(tx.objectStore('leads').get(id));
      tx.objectStore('leads').put({ ...lead, createdAt: at, updatedAt: at, lastTouchAt: at, stageHistory: [{ stageId: lead.stageId, at }] });
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    },
    { id, at: Date.now() - days * DAY },
  );
}

/** axe-core, injected with evaluate (extension pages' CSP refuses script tags), on the review panel only. */
async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const { violations } = await page.evaluate(() => axe.run('[data-testid=review-panel]', { resultTypes: ['violations'] }));
  expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
}

const badgeOf = (sw: Worker) => () => sw.evaluate(() => chrome.action.getBadgeText({}));

test('a stale lead shows on the badge, the review archives it with a reason, and the clean-up is recorded', async ({ context, extensionId }) => {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 480, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/popup.html#/review`);

  const anna = await call<{ lead: { id: string } }>(page, 'lead.capture', { captureId: crypto.randomUUID(), prospect: person('Anna Berg', 'anna-berg'), qualification: { dealValue: 24000 } });
  await call(page, 'lead.capture', { captureId: crypto.randomUUID(), prospect: person('Bo Lind', 'bo-lind') });
  await expect.poll(badgeOf(sw)).toBe('');

  await ageLead(sw, anna.lead.id, 30);
  // The hourly alarm, fired now (unpacked extensions may set short alarms): no write happened, the lead just aged.
  await sw.evaluate(() => chrome.alarms.create('hygiene', { when: Date.now() + 100, periodInMinutes: 60 }));
  await expect.poll(badgeOf(sw), { timeout: 15_000 }).toBe('1');

  await page.reload();
  await expect(page.getByTestId('review-count')).toHaveText('1');
  await expect(page.getByTestId('review-item')).toContainText('Anna Berg');
  await expect(page.getByTestId('review-item')).toContainText('No touch for 30 days');

  await page.keyboard.press('a');
  await expect(page.getByTestId('review-reason')).toBeFocused();
  await page.getByTestId('review-reason').selectOption('Unresponsive');
  await page.screenshot({ path: `${SHOTS}/review.png` });
  await expectAccessible(page);
  await page.getByTestId('review-confirm').click();

  await expect(page.getByTestId('review-empty')).toBeVisible();
  await expect(page.getByTestId('review-count')).toHaveText('0');
  await expect.poll(badgeOf(sw)).toBe('');
  const { lead } = await call<{ lead: { status: string; lostReason: string } }>(page, 'lead.get', { id: anna.lead.id });
  expect(lead).toMatchObject({ status: 'archived', lostReason: 'Unresponsive' });

  await page.getByTestId('review-finish').click();
  await expect(page.getByTestId('review-last-cleanup')).toHaveText('Last clean-up today');
  await expect(page.getByTestId('review-schedule')).toHaveText('Schedule kept');
  const status = await call<{ lastReviewAt: number | null; daysSinceLastReview: number | null; kept: boolean }>(page, 'hygiene.status', {});
  expect(status).toMatchObject({ daysSinceLastReview: 0, kept: true });
  // The health panel records the clean-up too.
  await page.getByTestId('tab-health').click();
  await expect(page.getByTestId('review-last-cleanup')).toHaveText('Last clean-up today');
  await page.getByTestId('tab-review').click();

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/review-dark.png` });
  await expectAccessible(page);
});

test('bulk actions and one-key review clear a selection; the options page sets how long closed leads are kept', async ({ context, extensionId }) => {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 480, height: 560 });
  await page.goto(`chrome-extension://${extensionId}/popup.html#/review`);
  const ids: string[] = [];
  for (const [name, slug, value] of [['Anna Berg', 'anna-berg', 30000], ['Bo Lind', 'bo-lind', 20000], ['Cy Ek', 'cy-ek', 10000]] as const) {
    const { lead } = await call<{ lead: { id: string } }>(page, 'lead.capture', { captureId: crypto.randomUUID(), prospect: person(name, slug), qualification: { dealValue: value } });
    await ageLead(sw, lead.id, 20);
    ids.push(lead.id);
  }
  // Any write anywhere refreshes the badge (debounced), without waiting for the alarm.
  await call(page, 'lead.update', { id: ids[0], tags: ['nordics'] });
  await expect.poll(badgeOf(sw)).toBe('3');

  await page.reload();
  await expect(page.getByTestId('review-item')).toContainText('Anna Berg'); // most valuable first
  await page.getByTestId('review-item').getByRole('heading').focus();
  await page.keyboard.press('j');
  await expect(page.getByTestId('review-item')).toContainText('Bo Lind');
  await page.getByRole('checkbox', { name: 'Select Bo Lind' }).check();
  await page.getByRole('checkbox', { name: 'Select Cy Ek' }).check();
  await page.getByTestId('bulk-snooze').click();
  await page.screenshot({ path: `${SHOTS}/review-bulk.png`, fullPage: true });
  await page.getByTestId('review-snooze-14').check();
  await page.getByTestId('review-confirm').click();
  await expect(page.getByTestId('review-count')).toHaveText('1');
  await expect.poll(badgeOf(sw)).toBe('1');

  await page.keyboard.press('l');
  await page.getByTestId('review-reason').selectOption('No budget');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-empty')).toBeVisible();
  await expect.poll(badgeOf(sw)).toBe('');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#hygiene`);
  await options.getByTestId('hygiene-retention').fill('1');
  await options.getByTestId('hygiene-retention').press('Tab');
  await options.getByTestId('hygiene-cadence').selectOption('monthly');
  await expect(options.getByTestId('hygiene-day')).toHaveValue('1');
  await options.locator('#hygiene').screenshot({ path: `${SHOTS}/options-hygiene.png` });
  const { settings } = await call<{ settings: { retentionMonths: number; hygiene: { cadence: string; day: number } } }>(options, 'settings.get', {});
  expect(settings).toMatchObject({ retentionMonths: 1, hygiene: { cadence: 'monthly', day: 1 } });

  await page.reload();
  await page.getByTestId('retention').locator('summary').click();
  await expect(page.getByTestId('retention-item')).toContainText('Anna Berg');
});
