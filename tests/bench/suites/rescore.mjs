// Re-scoring after a model change, in the extension's worker: leads per second, and the
// longest task on the popup's thread while it runs (the popup must stay responsive).
import { COUNT_MESSAGES, waitForAnswers } from '../page-messages.mjs';
import { generateActivities, generateLeads, measureFloor, seedActivities, settle, withActivityTimes } from '../seed.mjs';
import { ms, report } from '../stats.mjs';

const LONG_TASKS = () => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => globalThis.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
};

export default async function rescore({ context, extensionId, worker, seedLeads }) {
  const rows = [];
  for (const count of (process.env.BENCH_QUICK ? [10_000] : [10_000, 100_000])) {
    const leads = generateLeads(count);
    const activities = generateActivities(leads, 3);
    await seedLeads(worker, withActivityTimes(leads, activities));
    await seedActivities(worker, activities);
    // The first request after seeding fills the score book from the rows (a one-off, as after the
    // upgrade to database version 4): timed here, so the job below starts on a ready book.
    const opened = Date.now();
    await settle(context, extensionId);
    const firstOpen = Date.now() - opened;
    // The popup settles before the job starts, so its own first renders are not counted as tasks
    // that ran while re-scoring.
    const popup = await context.newPage();
    await popup.addInitScript(LONG_TASKS);
    await popup.addInitScript(COUNT_MESSAGES);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-testid=lead-row]').first().waitFor({ timeout: 600_000 });
    await waitForAnswers(popup, '[data-testid=stage-count]');
    // Then a second with no long task: the popup loads its other views when idle.
    await popup.waitForFunction(() => {
      const seen = globalThis.__longTasks.length;
      if (globalThis.__seen !== seen) {
        globalThis.__seen = seen;
        globalThis.__quietSince = performance.now();
      }
      return performance.now() - globalThis.__quietSince > 1000;
    }, null, { timeout: 120_000, polling: 100 });
    await popup.evaluate(() => (globalThis.__longTasks = []));
    const elapsed = await popup.evaluate(async () => {
      const send = (name, data) => chrome.runtime.sendMessage({ channel: 'pipewell', name, data });
      const { data } = await send('scoring.getModel', {});
      const start = performance.now();
      const saved = await send('scoring.saveModel', { model: data.model });
      if (!saved.ok) throw new Error(saved.error);
      for (;;) {
        const progress = await send('scoring.progress', {});
        if (!progress.data.running) {
          if (progress.data.error) throw new Error(progress.data.error);
          return performance.now() - start;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const longest = await popup.evaluate(() => Math.max(0, ...globalThis.__longTasks));
    await popup.close();
    const label = `${count.toLocaleString('en')} leads (3 activities each)`;
    rows.push([`${label}: save → all re-scored`, ms(elapsed), count === 100_000 ? '< 3000 ms' : undefined]);
    rows.push([`${label}: leads per second`, Math.round((count / elapsed) * 1000).toLocaleString('en')]);
    rows.push([`${label}: longest popup task meanwhile`, ms(longest), '< 50 ms']);
    rows.push([`${label}: first request after seeding (fills the score book from the rows)`, ms(firstOpen)]);
    // What IndexedDB alone takes to read every re-scored row and write it back, in the job's pages.
    const floor = await measureFloor(worker, { pageSize: 2000 });
    rows.push([`${label}: floor, lead rows read raw in pages of 2,000`, ms(floor.read)]);
    rows.push([`${label}: floor, lead rows put back raw in pages of 2,000`, ms(floor.write)]);
  }
  report('Re-scoring after a model change (in the background worker)', rows);
}
