import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { call, expect, test } from './fixtures';

declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

const SHOTS = 'test-results/screenshots';
// The options page's sticky header would be drawn across a tall element's screenshot.
const UNSTICK = 'header { position: static !important; }';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// A Swedish Excel export: semicolons, a byte-order mark, Swedish headers, quotes and a line break in a cell.
const SWEDISH_CSV = [
  '\uFEFFFörnamn;Efternamn;E-post;Företag;Titel;Telefon;Anteckningar;Ort',
  'Åsa;Öberg;asa.oberg@exempel.se;Öberg & Söner AB;VD;+46 31 123 45;"Träffades på ""Fika"", Malmö";Göteborg',
  'Björn;Ek;bjorn@ek.se;Ek Konsult;CTO;;"Vill ha demo\nefter sommaren";Lund',
  'Cecilia;Ros;inte-en-adress;Ros AB;;;;',
].join('\r\n');

const person = (name: string, slug: string, email: string) => ({
  captureId: crypto.randomUUID(),
  prospect: { source: 'linkedin', kind: 'person', name, email, company: 'Nordvik AB', linkedinUrl: `https://www.linkedin.com/in/${slug}/`, sourceUrl: `https://www.linkedin.com/in/${slug}/` },
});

async function openData(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  await expect(page.getByTestId('import-file')).toBeVisible();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(AXE);
  const { violations } = await page.evaluate(() => axe.run('#data', { resultTypes: ['violations'] }));
  expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: readFileSync((await download.path())!) };
}

const leadNames = async (page: Page) => (await page.locator('[data-testid=lead-row] [data-testid=lead-name]').allTextContents()).sort();

test('a Swedish CSV is mapped, checked with its rejected row, committed, and its leads show in the popup', async ({ context, extensionId, popup }) => {
  const page = await context.newPage();
  await openData(page, extensionId);
  // Saved by an old Excel in Windows-1252: refused before anything else, with what to do instead.
  await page.getByTestId('import-file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('Namn;E-post\r\nÅsa;a@x.se', 'latin1') });
  await expect(page.getByRole('alert')).toContainText('This file is not UTF-8 text');
  await expect(page.getByTestId('import-mapping')).toHaveCount(0);

  await page.getByTestId('import-file').setInputFiles({ name: 'kontakter.csv', mimeType: 'text/csv', buffer: Buffer.from(SWEDISH_CSV) });

  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  const targets = await page.getByTestId('import-target').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
  expect(targets).toEqual(['firstName', 'lastName', 'email', 'company', 'title', 'phone', 'notes', 'location']);
  await expect(page.getByTestId('import-preview')).toContainText('Öberg & Söner AB');
  await expectNoAxeViolations(page);
  await mapping.screenshot({ path: `${SHOTS}/data-mapping.png` });
  await page.locator('#data').screenshot({ path: `${SHOTS}/data-mapping-panel.png`, style: UNSTICK });

  await page.getByTestId('import-check').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('import-count-new')).toHaveText('2');
  await expect(summary.getByTestId('import-count-merged')).toHaveText('0');
  await expect(summary.getByTestId('import-count-rejected')).toHaveText('1');
  await expect(page.getByTestId('import-rejected')).toContainText(/4\s*invalid email “inte-en-adress” in column “E-post”/);
  await expectNoAxeViolations(page);
  await summary.screenshot({ path: `${SHOTS}/data-summary.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('#data').screenshot({ path: `${SHOTS}/data-summary-dark.png`, style: UNSTICK });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported. New leads: 2; updated: 0.');
  await expect(page.getByTestId('import-done')).toBeFocused();
  const list = await popup();
  await expect(list.locator('[data-testid=lead-row]')).toHaveCount(2);
  expect(await leadNames(list)).toEqual(['Björn Ek', 'Åsa Öberg']);
});

test('a HubSpot export downloads as UTF-8 with a byte-order mark and HubSpot’s headers', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openData(page, extensionId);
  await call(page, 'lead.capture', person('Åsa Öberg', 'asa-oberg', 'asa@nordvik.se'));
  const { download, bytes } = await downloaded(page, () => page.getByTestId('export-csv-hubspot').click());
  expect(download.suggestedFilename()).toMatch(/^pipewell-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, row] = bytes.toString('utf8').slice(1).split('\r\n');
  expect(header).toBe('First Name,Last Name,Email,Phone Number,Company Name,Job Title,Industry,Website URL,City,Street Address,LinkedIn URL,Lifecycle Stage,Lead Status');
  expect(row).toBe('Åsa,Öberg,asa@nordvik.se,,Nordvik AB,,,,,,https://www.linkedin.com/in/asa-oberg/,lead,NEW');
  await expect(page.getByRole('status').filter({ hasText: 'pipewell-hubspot-' })).toContainText('(leads: 1)');
});

test('a backup restores after changes, a JSON of another kind is refused, and nothing half-lands', async ({ context, extensionId, popup }) => {
  const page = await context.newPage();
  await openData(page, extensionId);
  await call(page, 'lead.capture', person('Anna Berg', 'anna-berg', 'anna@nordvik.se'));
  const { lead } = await call<{ lead: { id: string } }>(page, 'lead.capture', person('Carl Ek', 'carl-ek', 'carl@acme.io'));
  const { download, bytes } = await downloaded(page, () => page.getByTestId('backup').click());
  expect(download.suggestedFilename()).toMatch(/^pipewell-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ format: 'pipewell-backup', version: 1, leads: [{}, {}] });

  await call(page, 'lead.delete', { id: lead.id });
  await call(page, 'lead.capture', person('Ida Lo', 'ida-lo', 'ida@lo.se'));

  await page.getByTestId('restore-file').setInputFiles({ name: 'contacts.json', mimeType: 'application/json', buffer: Buffer.from('{"contacts":[]}') });
  await expect(page.getByRole('alert')).toContainText('not a Pipewell backup');
  await expect(page.getByTestId('restore-confirm')).toHaveCount(0);

  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: bytes });
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('holds leads: 2, activities: 2');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.screenshot({ path: `${SHOTS}/data-restore-confirm.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await dialog.screenshot({ path: `${SHOTS}/data-restore-confirm-dark.png` });
  await page.getByTestId('restore-confirm').click();
  await expect(page.getByTestId('restore-done')).toContainText(/Restored the backup made .* \(leads: 2, activities: 2\)/);

  const list = await popup();
  await expect(list.locator('[data-testid=lead-row]')).toHaveCount(2);
  expect(await leadNames(list)).toEqual(['Anna Berg', 'Carl Ek']);
});
