import { mkdirSync } from 'node:fs';
import { expect, serveFixture, test } from './fixtures';

/** Every fixture page that shows a card, at a URL of its kind, and who the card must name. */
const PAGES = [
  ['linkedin/2024-07-profile-single-role.html', 'https://www.linkedin.com/in/maja-lindqvist/', null],
  ['linkedin/2024-07-profile-grouped-traps.html', 'https://www.linkedin.com/in/priya-raman/', null],
  ['linkedin/2024-07-profile-sv.html', 'https://se.linkedin.com/in/sara/', null],
  ['linkedin/2024-08-profile-no-experience.html', 'https://www.linkedin.com/in/someone/', null],
  ['linkedin/2025-09-profile-hashed.html', 'https://www.linkedin.com/in/someone/', null],
  ['linkedin/2025-09-profile-fr.html', 'https://fr.linkedin.com/in/someone/', null],
  ['linkedin/2026-05-profile-sdui.html', 'https://www.linkedin.com/in/noor-haddad-a1b2c3/', 'Noor Haddad'],
  ['linkedin/2026-05-profile-de.html', 'https://de.linkedin.com/in/lena-gross-7f/', null],
  ['linkedin/2026-05-profile-es.html', 'https://es.linkedin.com/in/someone/', null],
  ['linkedin/2026-05-profile-name-credentials.html', 'https://www.linkedin.com/in/someone/', 'Åsa-Maria Öberg-Lind'],
  ['linkedin/2024-07-company.html', 'https://www.linkedin.com/company/nordlys-analytics/', 'Nordlys Analytics'],
  ['linkedin/2024-07-company-about-sv.html', 'https://www.linkedin.com/company/nordlys-analytics/about/', null],
  ['gmail/2016-05-thread.html', 'https://mail.google.com/mail/u/0/#inbox/154a2b3c4d5e6f70', null],
  ['gmail/2019-12-thread-collapsed.html', 'https://mail.google.com/mail/u/0/#inbox/16f0a1b2c3d4e5f6', null],
  ['gmail/2025-08-thread.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgJmTSvPjvdCwqXbRJkQHzZlm', 'Alice Moreau'],
  ['gmail/2025-09-thread-sv.html', 'https://mail.google.com/mail/u/1/#label/Kunder/FMfcgzQbgJmTSvPjvdCwqXbRJkQHzZlm', 'Anna Lind'],
  ['gmail/2025-08-long-thread.html', 'https://mail.google.com/mail/u/0/#all/FMfcgzQbgJmTSvPjvdCwqXbRJkQHzZlm', null],
] as const;

mkdirSync('test-results/screenshots', { recursive: true });

for (const [fixture, url, name] of PAGES) {
  test(`the card shows on ${fixture}`, async ({ context }) => {
    const origin = new URL(url).origin;
    await serveFixture(context, new RegExp(`^${origin.replace(/\./g, '\\.')}/.*`), fixture);
    const page = await context.newPage();
    await page.goto(url);
    const names = page.locator('pipewell-overlay [data-testid=prospect-name]');
    await expect(names.first()).toBeVisible();
    if (name) await expect(names.first()).toHaveText(name);
    // The card sits inside the viewport and above the page.
    const box = await page.locator('pipewell-overlay [data-testid=pipewell-card]').boundingBox();
    expect(box && box.x + box.width <= 1400 && box.y >= 0).toBe(true);
    await page.screenshot({ path: `test-results/screenshots/card-${fixture.replace(/[/.]/g, '-')}.png` });
  });
}
