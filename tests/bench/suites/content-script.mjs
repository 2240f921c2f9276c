// Main-thread time the content scripts add: the same page loaded in Chromium with and without
// the extension, in one run. CDP's Performance metrics count every task on the page's main
// thread (content scripts included); the difference is what Pipewell adds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { blockNetwork, FIXTURES, launchWithExtension } from '../../support/launch.mjs';
import { median, ms, report } from '../stats.mjs';

const RUNS = 7;
const SETTLE_MS = 1500;
const REAL = path.resolve('../shared/fixtures/real/linkedin/profile-2024-eduardo-alvarez-nowak.scoutr.html');

/** The pages measured: our fixtures, plus a real 600 KB profile when ../shared is present. */
function pages() {
  const list = [
    // The common case: a LinkedIn page that shows no card (the feed) gets only the bootstrap.
    { label: 'LinkedIn feed, no card (bootstrap only)', url: 'https://www.linkedin.com/feed/', next: 'https://www.linkedin.com/feed/?filter=recent', body: readFileSync(path.join(FIXTURES, 'linkedin/2024-07-profile-single-role.html'), 'utf8') },
    { label: 'LinkedIn profile 2026 (fixture)', url: 'https://www.linkedin.com/in/noor-haddad-a1b2c3/', next: 'https://www.linkedin.com/in/noor-haddad-a1b2c3/details/experience/', body: readFileSync(path.join(FIXTURES, 'linkedin/2026-05-profile-sdui.html'), 'utf8') },
    { label: 'Gmail long thread (fixture)', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgJmTSvPjvdCwqXbRJkQHzZlm', next: 'https://mail.google.com/mail/u/0/#inbox', body: readFileSync(path.join(FIXTURES, 'gmail/2025-08-long-thread.html'), 'utf8') },
  ];
  if (existsSync(REAL)) {
    // Read at run time from ../shared (real people's data stays out of the repository).
    list.push({ label: 'LinkedIn profile 2024, 600 KB (real, ../shared)', url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/', next: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/recent-activity/all/', body: `<!doctype html><html><head><title>Profile | LinkedIn</title></head>${readFileSync(REAL, 'utf8')}</html>` });
  }
  return list;
}

const LONG_TASKS = () => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => globalThis.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
};

async function measure(context, page) {
  const tab = await context.newPage();
  await tab.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(page.url);
  await tab.waitForTimeout(SETTLE_MS);
  const load = await metrics(cdp);
  await tab.evaluate((next) => history.pushState({}, '', next), page.next);
  await tab.waitForTimeout(SETTLE_MS);
  const afterNav = await metrics(cdp);
  const longest = await tab.evaluate(() => Math.max(0, ...globalThis.__longTasks));
  await tab.close();
  return { load: load.TaskDuration, nav: afterNav.TaskDuration - load.TaskDuration, longest };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.name.endsWith('Duration') ? m.value * 1000 : m.value]));
}

export default async function contentScriptCost() {
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ extension: false });
  const rows = [];
  try {
    for (const context of [withExt, without]) {
      await blockNetwork(context);
      for (const page of pages()) await context.route(page.url.split('#')[0].replace(/\/$/, '') + '**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: page.body }));
    }
    for (const page of pages()) {
      const a = [];
      const b = [];
      for (let run = 0; run < RUNS; run += 1) {
        a.push(await measure(withExt, page));
        b.push(await measure(without, page));
      }
      const loadWith = median(a.map((r) => r.load));
      const loadWithout = median(b.map((r) => r.load));
      const navWith = median(a.map((r) => r.nav));
      const navWithout = median(b.map((r) => r.nav));
      rows.push([`${page.label}: load, added`, ms(loadWith - loadWithout), '< 5 ms']);
      rows.push([`${page.label}: load, ratio with/without`, `${(loadWith / loadWithout).toFixed(2)}×`]);
      rows.push([`${page.label}: SPA navigation, added`, ms(navWith - navWithout), '< 2 ms']);
      rows.push([`${page.label}: longest task with Pipewell`, ms(Math.max(...a.map((r) => r.longest))), '< 50 ms']);
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  report(`Content script main-thread time (median of ${RUNS} loads each, CDP TaskDuration)`, rows);
}
