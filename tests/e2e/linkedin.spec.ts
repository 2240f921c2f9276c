import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Lead } from '../../lib/model';
import { LINKEDIN_CARD_PAGE_MATCHES } from '../../lib/sites/linkedin/pages';
import { EXTENSION_PATH } from '../support/launch.mjs';
import { call, expect, serveFixture, test } from './fixtures';
import { swapPage } from './page-swap';

const PROFILE = 'https://www.linkedin.com/in/noor-haddad-a1b2c3/';
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=head%20of%20sales';
const COMPANY = 'https://www.linkedin.com/company/nordlys-analytics/';
const card = (page: Page) => page.locator('pipewell-overlay');

async function serveLinkedIn(context: Parameters<typeof serveFixture>[0]) {
  await serveFixture(context, /^https:\/\/www\.linkedin\.com\/in\/.*/, 'linkedin/2026-05-profile-sdui.html');
  await serveFixture(context, /^https:\/\/www\.linkedin\.com\/search\/results\/people\/.*/, 'linkedin/2026-05-search-people.html');
  await serveFixture(context, /^https:\/\/www\.linkedin\.com\/company\/.*/, 'linkedin/2024-07-company.html');
}

test('captures a profile with its qualification', async ({ context, popup }) => {
  await serveLinkedIn(context);
  const page = await context.newPage();
  await page.goto(PROFILE);
  await expect(card(page).locator('[data-testid=prospect-name]')).toHaveText('Noor Haddad');
  await card(page).locator('[data-testid=capture]').click();
  await expect(card(page).locator('[data-testid=qualify-title]')).toHaveValue('VP Sales, EMEA');
  await expect(card(page).locator('[data-testid=qualify-company]')).toHaveValue('Brightwave Systems');
  await card(page).locator('[data-testid=qualify-budget-yes]').check({ force: true });
  await card(page).locator('[data-testid=qualify-need-yes]').check({ force: true });
  await card(page).locator('[data-testid=qualify-value]').fill('48000');
  await card(page).locator('[data-testid=qualify-next-step]').fill('Intro call');
  // Enter saves from any field of the card.
  await card(page).locator('[data-testid=qualify-next-step]').press('Enter');
  await expect(card(page).locator('[data-testid=known-stage]')).toHaveText('New');

  const ext = await popup();
  const { items } = await call<{ items: Lead[] }>(ext, 'lead.list', { sort: 'name' });
  expect(items).toHaveLength(1);
  const [noor] = items as [Lead];
  expect(noor).toMatchObject({ name: 'Noor Haddad', title: 'VP Sales, EMEA', company: 'Brightwave Systems', dealValue: 48000, nextStep: 'Intro call' });
  expect(noor.bant.budget.answer).toBe('yes');
  expect(noor.bant.need.answer).toBe('yes');
  expect(noor.score?.grade).toMatch(/[A-D]/);
});

test('search results: a badge on the known person, one-click capture on two others', async ({ context, popup }) => {
  await serveLinkedIn(context);
  const ext = await popup();
  await call(ext, 'lead.capture', {
    captureId: crypto.randomUUID(),
    prospect: { source: 'linkedin', kind: 'person', name: 'Felix Baumann', linkedinUrl: 'https://www.linkedin.com/in/felix-baumann-4711/', sourceUrl: 'https://www.linkedin.com/in/felix-baumann-4711/' },
  });
  const page = await context.newPage();
  await page.goto(SEARCH);
  const known = page.locator('pipewell-badge [data-testid=search-known]');
  await expect(known).toHaveCount(1);
  await expect(known).toContainText('In pipeline · New');
  const buttons = page.locator('pipewell-badge [data-testid=search-capture]');
  const before = await buttons.count();
  expect(before).toBeGreaterThanOrEqual(2);
  await buttons.nth(0).click();
  await expect(known).toHaveCount(2);
  await buttons.nth(0).click();
  await expect(known).toHaveCount(3);
  expect((await call<{ items: Lead[] }>(ext, 'lead.list', { sort: 'name' })).items).toHaveLength(3);
});

test('a company page lists the leads there and gives them its facts', async ({ context, popup }) => {
  await serveLinkedIn(context);
  const ext = await popup();
  await call(ext, 'lead.capture', {
    captureId: crypto.randomUUID(),
    prospect: { source: 'linkedin', kind: 'person', name: 'Maja Ek', company: 'Nordlys Analytics', linkedinUrl: 'https://www.linkedin.com/in/maja-ek/', sourceUrl: 'https://www.linkedin.com/in/maja-ek/' },
  });
  const page = await context.newPage();
  await page.goto(COMPANY);
  await expect(card(page).locator('[data-testid=company-card] [data-testid=prospect-name]')).toHaveText('Nordlys Analytics');
  await expect(card(page).locator('[data-testid=company-industry]')).toHaveText('Software Development');
  await expect(card(page).locator('[data-testid=company-leads]')).toContainText('Maja Ek');
  await card(page).locator('[data-testid=capture-company]').click();
  await expect(card(page).getByRole('status')).toContainText('1');
  const { items } = await call<{ items: Lead[] }>(ext, 'lead.list', { sort: 'name' });
  expect(items[0]).toMatchObject({ industry: 'Software Development', companySize: '51-200' });
});

test('SPA navigation from search to a profile moves the card without stale data', async ({ context }) => {
  await serveLinkedIn(context);
  const page = await context.newPage();
  await page.goto(SEARCH);
  await expect(page.locator('pipewell-badge [data-testid=search-capture]').first()).toBeVisible();
  await expect(card(page)).toHaveCount(0);

  await swapPage(page, 'linkedin/2026-05-profile-sdui.html', PROFILE);
  await expect(card(page).locator('[data-testid=prospect-name]')).toHaveText('Noor Haddad');
  await expect(page.locator('pipewell-badge')).toHaveCount(0);
  await expect(card(page)).toHaveCount(1);

  await swapPage(page, 'linkedin/2026-05-profile-de.html', 'https://www.linkedin.com/in/lena-gross-7f/');
  await expect(card(page).locator('[data-testid=prospect-name]')).not.toHaveText('Noor Haddad');
  await expect(card(page)).toHaveCount(1);

  await swapPage(page, 'linkedin/2026-05-search-people.html', SEARCH);
  await expect(card(page)).toHaveCount(0);
  await expect(page.locator('pipewell-badge').first()).toBeVisible();
});

test('a page loaded away from any card (the feed) gets the card once the app navigates to a profile', async ({ context }) => {
  await serveLinkedIn(context);
  await serveFixture(context, /^https:\/\/www\.linkedin\.com\/feed\/.*/, 'linkedin/2024-07-profile-single-role.html');
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  // Only the bootstrap script runs here (the overlay is the manifest's for card URLs alone).
  await page.waitForTimeout(500);
  await expect(card(page)).toHaveCount(0);

  await swapPage(page, 'linkedin/2026-05-profile-sdui.html', PROFILE);
  await expect(card(page).locator('[data-testid=prospect-name]')).toHaveText('Noor Haddad');
  await expect(card(page)).toHaveCount(1);
});

test('the built manifest: the overlay on LinkedIn card URLs alone, the bootstrap everywhere else, nothing web-accessible', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; exclude_matches?: string[]; js: string[] }[];
    web_accessible_resources?: unknown;
  };
  expect(manifest.web_accessible_resources).toBeUndefined();
  const byFile = Object.fromEntries(manifest.content_scripts.map((script) => [script.js.join(), script]));
  const cardPages = [...LINKEDIN_CARD_PAGE_MATCHES].sort();
  expect([...byFile['content-scripts/linkedin-overlay.js']!.matches].sort()).toEqual(cardPages);
  expect([...(byFile['content-scripts/linkedin.js']!.exclude_matches ?? [])].sort()).toEqual(cardPages);
  // Gmail's threads are a hash away from any page: its overlay is injected, never the manifest's.
  expect(byFile['content-scripts/gmail-overlay.js']).toBeUndefined();
  expect(byFile['content-scripts/gmail.js']?.matches).toEqual(['https://mail.google.com/*']);
});

test('every built content script asks V8 to compile it whole, and nothing else does', () => {
  const dir = path.join(EXTENSION_PATH, 'content-scripts');
  const scripts = readdirSync(dir).filter((file) => file.endsWith('.js'));
  expect(scripts.sort()).toEqual(['gmail-overlay.js', 'gmail.js', 'linkedin-overlay.js', 'linkedin.js']);
  for (const file of scripts) expect(readFileSync(path.join(dir, file), 'utf8').split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  // The popup, options page and worker load once per open, not on every page: left to V8.
  expect(readFileSync(path.join(EXTENSION_PATH, 'background.js'), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
});
