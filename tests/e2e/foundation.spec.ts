import { expect, serveFixture, test } from './fixtures';

// An invented person on a 2026-style profile (tests/fixtures/linkedin).
const PROFILE_FIXTURE = 'linkedin/2026-05-profile-sdui.html';
const PROFILE_URL = 'https://www.linkedin.com/in/noor-haddad-a1b2c3/';
const NAME = 'Noor Haddad';

test('a profile capture lands in the popup once, whatever the tab or URL variant', async ({ context, popup }) => {
  await serveFixture(context, /^https:\/\/([a-z]+\.)?linkedin\.com\/in\/.*/, PROFILE_FIXTURE);
  const first = await context.newPage();
  await first.goto(PROFILE_URL);
  const second = await context.newPage();
  await second.goto('https://se.linkedin.com/in/Noor-Haddad-A1B2C3?trk=people-guest');

  for (const page of [first, second]) {
    await expect(page.locator('pipewell-overlay [data-testid=prospect-name]')).toHaveText(NAME);
    await page.locator('pipewell-overlay [data-testid=capture]').click();
    await page.locator('pipewell-overlay [data-testid=save-lead]').click();
    await expect(page.locator('pipewell-overlay [data-testid=known-lead]')).toBeVisible();
  }

  const list = await popup();
  await expect(list.locator('[data-testid=lead-row]')).toHaveCount(1);
  await expect(list.locator('[data-testid=lead-row] [data-testid=lead-name]')).toHaveText(NAME);
});
