// `npm start`: Chromium with Pipewell on bundled sample pages served at their real URLs.
// `npm start -- --headless` walks the same tour without a window and writes a screenshot per step.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { blockNetwork, extensionIdOf, launchWithExtension, missingPrerequisite, serveFixture } from '../support/launch.mjs';
import { TOUR_PAGES } from './pages.mjs';

const headless = process.argv.includes('--headless');
const outDir = path.resolve('tour-screenshots');
const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const context = await launchWithExtension({ headless });
await blockNetwork(context);
for (const page of TOUR_PAGES) await serveFixture(context, page.route, page.fixture);
const extensionId = await extensionIdOf(context);
mkdirSync(outDir, { recursive: true });

let shot = 0;
async function snap(page, name) {
  if (!headless) return;
  shot += 1;
  const file = path.join(outDir, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${file}`);
}

const overlay = (page) => page.locator('pipewell-overlay');

console.log('Pipewell tour');
const [profile, search, company, gmail] = TOUR_PAGES;

const tab = await context.newPage();
await tab.goto(profile.url);
await overlay(tab).locator('[data-testid=capture]').first().waitFor();
await snap(tab, 'linkedin-profile-card');
await overlay(tab).locator('[data-testid=capture]').first().click();
await overlay(tab).locator('[data-testid=qualify-budget-yes]').check({ force: true });
await overlay(tab).locator('[data-testid=qualify-need-yes]').check({ force: true });
await overlay(tab).locator('[data-testid=qualify-value]').fill('48000');
await overlay(tab).locator('[data-testid=qualify-next-step]').fill('Intro call');
await snap(tab, 'linkedin-qualify');
await overlay(tab).locator('[data-testid=save-lead]').click();
await overlay(tab).locator('[data-testid=known-lead]').first().waitFor();
await snap(tab, 'linkedin-known-lead');

for (const step of [search, company, gmail]) {
  await tab.goto(step.url);
  await tab.waitForTimeout(1500);
  await snap(tab, step.step);
}

const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.locator('[data-testid=lead-row]').first().waitFor();
await snap(popup, 'popup');

if (headless) {
  await context.close();
  console.log(`Tour done: ${shot} screenshots in ${outDir}`);
} else {
  console.log('Pipewell is loaded; try the tabs. Close the browser window to end.');
  await new Promise((resolve) => context.on('close', resolve));
}
