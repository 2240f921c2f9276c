// Popup health panel: navigation start → every figure drawn, with N leads stored.
import { COUNT_MESSAGES, waitForAnswers } from '../page-messages.mjs';
import { generateLeads, settle } from '../seed.mjs';
import { median, ms, report } from '../stats.mjs';

const FIGURES_PROBE = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid^=metric-] [data-testid=metric-value], [data-testid^=metric-] [data-testid=metric-no-data]')) {
      globalThis.__figures = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

export default async function healthPanel({ context, extensionId, worker, seedLeads }) {
  const rows = [];
  for (const count of process.env.BENCH_QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000]) {
    await seedLeads(worker, generateLeads(count));
    await settle(context, extensionId);
    const times = [];
    for (let run = 0; run < 3; run += 1) {
      const page = await context.newPage();
      await page.addInitScript(FIGURES_PROBE);
      await page.addInitScript(COUNT_MESSAGES);
      // Measure the background's answer, not the popup's cache of the last one.
      await page.addInitScript(() => localStorage.clear());
      await page.goto(`chrome-extension://${extensionId}/popup.html#/health`);
      await page.waitForFunction(() => globalThis.__figures !== undefined, null, { timeout: 120_000 });
      times.push(await page.evaluate(() => globalThis.__figures));
      await waitForAnswers(page, '[data-testid^=metric-]');
      await page.close();
    }
    rows.push([`${count.toLocaleString('en')} leads (median of 3, no cache)`, ms(median(times))]);
  }
  report('Popup: navigation start → full health panel', rows);
}
