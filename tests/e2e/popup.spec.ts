import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fiftyLeads, message, seedHistory, seedLeads } from './popup-seed';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const POPUP_SIZE = { width: 480, height: 560 };

/** axe-core's violations on the page as it is now (rule id and the first offending node). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const metric = (page: Page, name: string) => page.getByTestId(`metric-${name}`);
const column = (page: Page, stageId: string) => page.locator(`[data-testid=stage-column][data-stage-id=${stageId}]`);

test('a lead moved through the stages to won changes the board and the health figures', async ({ popup }) => {
  const page = await popup();
  await seedLeads(page, [
    { name: 'Anna Berg', title: 'VP Sales', company: 'Nordvik AB', dealValue: 10_000 },
    { name: 'Erik Lind', title: 'CTO', company: 'Fjord Systems', dealValue: 4_000 },
    { name: 'Maja Holm', title: 'Sales Manager', company: 'Lumen Oy', dealValue: 2_000 },
  ]);
  await page.reload();
  await expect(column(page, 'new').getByTestId('stage-count')).toHaveText('3');
  await expect(column(page, 'new').getByTestId('stage-value')).toHaveText('€16,000');

  await page.getByTestId('tab-health').click();
  await expect(metric(page, 'open-deals').getByTestId('metric-value')).toHaveText('3');
  await expect(metric(page, 'pipeline-value').getByTestId('metric-value')).toHaveText('€16,000');
  await expect(metric(page, 'win-rate')).toContainText('Not enough data');
  await expect(metric(page, 'velocity')).toContainText('Not enough data');

  await page.getByTestId('tab-pipeline').click();
  const anna = page.getByTestId('lead-row').filter({ hasText: 'Anna Berg' });
  for (const stage of ['contacted', 'qualified', 'proposal', 'negotiation']) {
    await anna.getByTestId('move-lead').click();
    await page.getByTestId(`move-to-${stage}`).click();
    await expect(column(page, stage).getByTestId('stage-count')).toHaveText('1');
  }
  await anna.getByTestId('move-lead').click();
  await page.getByTestId('mark-won').click();
  await page.getByTestId('won-value').fill('12000');
  await page.getByTestId('confirm-won').click();
  await expect(column(page, 'negotiation').getByTestId('stage-count')).toHaveText('0');
  await expect(page.getByTestId('lead-row')).toHaveCount(2);

  await page.getByTestId('tab-health').click();
  await expect(metric(page, 'open-deals').getByTestId('metric-value')).toHaveText('2');
  await expect(metric(page, 'pipeline-value').getByTestId('metric-value')).toHaveText('€6,000');
  await expect(metric(page, 'win-rate').getByTestId('metric-value')).toHaveText('100%');
  await expect(metric(page, 'average-deal-size').getByTestId('metric-value')).toHaveText('€12,000');
  // 2 open deals × €12,000 × 100% ÷ a cycle floored at one day
  await expect(metric(page, 'velocity').getByTestId('metric-value')).toHaveText('€24,000/day');
});

test('a lead moves from the keyboard alone', async ({ popup }) => {
  const page = await popup();
  await seedLeads(page, [{ name: 'Sofia Ek', title: 'CEO', company: 'Polar Data', dealValue: 8_000, stageId: 'proposal' }]);
  await page.reload();
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-row-open'))) break;
  }
  await page.keyboard.press(']');
  await expect(column(page, 'negotiation').getByTestId('stage-count')).toHaveText('1');
  await expect(page.getByTestId('announcement')).toHaveText('Moved Sofia Ek to Negotiation');
  await expect(page.locator(':focus')).toHaveAttribute('data-row-open');
  await page.keyboard.press('[');
  await expect(column(page, 'proposal').getByTestId('stage-count')).toHaveText('1');
  // "m" opens Move; the dialog's first choice is focused; Escape closes it and focus comes back.
  await page.keyboard.press('m');
  await expect(page.getByTestId('move-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('move-dialog')).toHaveCount(0);
  // "]" on the last open stage asks the won value.
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(page.getByTestId('won-value')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcement')).toHaveText('Moved Sofia Ek to Won');
  await expect(page.getByTestId('lead-row')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the pipeline, detail and health views (${scheme})`, async ({ popup }) => {
    const page = await popup();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(POPUP_SIZE);
    const [id] = await seedLeads(page, fiftyLeads().slice(0, 12));
    await page.reload();
    await expect(page.getByTestId('lead-row').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(page.url().replace(/#.*$/, '') + `#/lead/${id}`);
    await expect(page.getByTestId('lead-detail')).toBeVisible();
    await expect(page.getByTestId('activity').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('tab-health').click();
    await expect(metric(page, 'open-deals')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('screenshots of the popup with fifty leads, a lead and the health panel', async ({ popup }) => {
  const page = await popup();
  await page.setViewportSize(POPUP_SIZE);
  const ids = await seedLeads(page, fiftyLeads());
  for (const [i, id] of ids.slice(0, 6).entries()) {
    await message(page, 'lead.move', i < 4 ? { id, stageId: 'won', dealValue: 20_000 + i * 5_000 } : { id, stageId: 'lost', reason: 'No budget' });
  }
  await message(page, 'lead.update', { id: ids[6], tags: ['enterprise', 'q3'], qualification: { notes: 'Met at the Stockholm fair; wants a pilot.' } });
  await seedHistory(page);
  await page.reload();
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
  const shots = 'test-results/screenshots';
  await page.screenshot({ path: `${shots}/popup-50.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/popup-50-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('lead-row').filter({ hasText: 'Karl Berg' }).locator('[data-row-open]').click();
  await expect(page.getByTestId('activity').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/popup-detail.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/popup-detail-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('lead-detail').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.screenshot({ path: `${shots}/popup-detail-end.png` });
  // "Open in Pipewell" shows the same page in a tab: the box widens and centres.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${shots}/popup-detail-tab.png` });
  await page.setViewportSize(POPUP_SIZE);
  await page.getByTestId('tab-health').click();
  await expect(metric(page, 'win-rate').getByTestId('metric-value')).toBeVisible();
  await page.screenshot({ path: `${shots}/popup-health.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/popup-health-dark.png` });
  await page.getByTestId('metric-stage-conversion').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/popup-health-dark-end.png` });
});

test('the gear opens the options page and the Review tab shows the review', async ({ context, popup }) => {
  const page = await popup();
  const options = context.waitForEvent('page');
  await page.getByTestId('open-options').click();
  await expect(await options).toHaveURL(/options\.html/);
  await page.getByTestId('tab-review').click();
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-review');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tab-health')).toBeFocused();
  await expect(page).toHaveURL(/#\/health$/);
});

test('a lead dragged onto a stage moves there', async ({ popup }) => {
  const page = await popup();
  await seedLeads(page, [{ name: 'Ida Holm', title: 'Head of Sales', company: 'Skog & Co', dealValue: 3_000 }]);
  await page.reload();
  await page.getByTestId('lead-row').dragTo(column(page, 'qualified'));
  await expect(column(page, 'qualified').getByTestId('stage-count')).toHaveText('1');
  await expect(page.getByTestId('lead-row').getByTestId('lead-stage')).toHaveText('Qualified');
});
