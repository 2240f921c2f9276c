// Popup: time from navigation start to the first rendered lead row, with N leads stored.
import { COUNT_MESSAGES, waitForAnswers } from '../page-messages.mjs';
import { generateLeads, settle } from '../seed.mjs';
import { median, ms, report } from '../stats.mjs';

/** Records (in the page's own clock) when the first lead row appears. */
const FIRST_ROW_PROBE = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=lead-row]')) {
      globalThis.__firstRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function firstRow(context, url, { clearCache }) {
  const page = await context.newPage();
  await page.addInitScript(FIRST_ROW_PROBE);
  await page.addInitScript(COUNT_MESSAGES);
  if (clearCache) await page.addInitScript(() => localStorage.clear());
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__firstRow !== undefined, null, { timeout: 60_000 });
  const at = await page.evaluate(() => globalThis.__firstRow);
  // The stage counts come after the whole list, which is then cached for the next open.
  await waitForAnswers(page, '[data-testid=stage-count]');
  await page.close();
  return at;
}

export default async function popupFirstRow({ context, extensionId, worker, seedLeads }) {
  const rows = [];
  for (const count of process.env.BENCH_QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000]) {
    await seedLeads(worker, generateLeads(count));
    await settle(context, extensionId);
    const url = `chrome-extension://${extensionId}/popup.html`;
    const cold = [];
    const warm = [];
    for (let run = 0; run < 5; run += 1) {
      cold.push(await firstRow(context, url, { clearCache: true }));
      warm.push(await firstRow(context, url, { clearCache: false }));
    }
    const target = count === 10_000 ? '< 100 ms' : count === 100_000 ? '< 250 ms' : undefined;
    rows.push([`${count.toLocaleString('en')} leads, no cache (median of 5)`, ms(median(cold)), target]);
    rows.push([`${count.toLocaleString('en')} leads, last data cached`, ms(median(warm)), target]);
  }
  report('Popup: navigation start → first lead row', rows);
}
