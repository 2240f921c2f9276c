import type { Page } from '@playwright/test';
import { expect, serveFixture, test } from './fixtures';
import { swapPage } from './page-swap';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgJmTSvPjvdCwqXbRJkQHzZlm';
const OTHER_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgJmTSvPjvdCwqXbRJkQOther';
const card = (page: Page) => page.locator('pipewell-overlay');
const person = (page: Page, name: string) => card(page).locator('[data-testid=prospect]', { hasText: name });

test('captures a thread participant with the signature pre-filled, then shows them as known', async ({ context, popup }) => {
  await serveFixture(context, /^https:\/\/mail\.google\.com\/mail\/u\/0\/.*/, 'gmail/2025-08-thread.html');
  const page = await context.newPage();
  await page.goto(THREAD);

  // The signed-in user (me@example.com) is never listed; the three others are.
  await expect(card(page).locator('[data-testid=prospect-name]')).toHaveText(['Alice Moreau', 'Bob Nguyen', 'Carla Jensen']);
  await person(page, 'Alice Moreau').locator('[data-testid=capture]').click();
  await expect(card(page).locator('[data-testid=qualify-title]')).toHaveValue('VP Sales');
  await expect(card(page).locator('[data-testid=qualify-company]')).toHaveValue('Contoso Inc.');
  await expect(card(page).locator('[data-testid=qualify-phone]')).toHaveValue(/\+1 \(415\) 555-0132/);
  await card(page).locator('[data-testid=save-lead]').click();
  await expect(person(page, 'Alice Moreau').locator('[data-testid=known-lead]')).toBeVisible();
  await expect(person(page, 'Bob Nguyen').locator('[data-testid=capture]')).toBeVisible();

  const list = await popup();
  await expect(list.locator('[data-testid=lead-row]')).toHaveCount(1);
  await expect(list.locator('[data-testid=lead-name]')).toHaveText('Alice Moreau');
});

test('opening a thread logs engagement once per message for a known lead', async ({ context, popup }) => {
  await serveFixture(context, /^https:\/\/mail\.google\.com\/mail\/u\/0\/.*/, 'gmail/2025-08-thread.html');
  const page = await context.newPage();
  await page.goto(THREAD);
  await person(page, 'Alice Moreau').locator('[data-testid=capture]').click();
  await card(page).locator('[data-testid=save-lead]').click();
  await expect(person(page, 'Alice Moreau').locator('[data-testid=known-lead]')).toBeVisible();

  const ext = await popup();
  const activities = async () =>
    ext.evaluate(async () => {
      const list = await chrome.runtime.sendMessage({ channel: 'pipewell', name: 'lead.list', data: { sort: 'name' } });
      const id = list.data.items[0].id;
      const detail = await chrome.runtime.sendMessage({ channel: 'pipewell', name: 'lead.get', data: { id } });
      return detail.data.activities.map((a: { type: string }) => a.type).sort();
    });
  // Seen twice: a reload of the thread must not log the same messages again.
  for (let visit = 0; visit < 2; visit += 1) {
    await page.reload();
    await expect(person(page, 'Alice Moreau').locator('[data-testid=known-lead]')).toBeVisible();
    await expect.poll(activities).toEqual(['captured', 'email_received', 'email_sent']);
  }
});

test('a hash navigation to another thread shows that thread’s people only; a list shows no card', async ({ context }) => {
  await serveFixture(context, /^https:\/\/mail\.google\.com\/mail\/u\/0\/.*/, 'gmail/2025-08-thread.html');
  const page = await context.newPage();
  await page.goto(THREAD);
  await expect(card(page).locator('[data-testid=prospect-name]')).toHaveCount(3);

  await swapPage(page, 'gmail/2025-09-thread-sv.html', OTHER_THREAD);
  await expect(card(page).locator('[data-testid=prospect-name]')).toHaveText(['Anna Lind']);

  await swapPage(page, 'gmail/2025-08-inbox-list.html', 'https://mail.google.com/mail/u/0/#inbox');
  await expect(card(page)).toHaveCount(0);
});
