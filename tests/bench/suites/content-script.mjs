// Main-thread time the content scripts add, two ways:
// - A/B: the same page loaded in Chromium with and without the extension; CDP's Performance
//   metrics count every task on the page's main thread, the difference is what Pipewell adds
//   (layout and style of the card included, but noisy on a busy machine);
// - attributed: a trace of the page with the extension, summing the main-thread time of events
//   that ran the extension's scripts (evaluation, callbacks, and what they forced synchronously).
//   Also on the thread's CPU clock: the same events without the time other processes took the
//   core in the middle, the figure that holds still when the machine is busy.
// - JS tasks: every main-thread task that ran JavaScript from Pipewell's first script on, on the
//   CPU clock. The fixtures' own scripts are blocked, so that is Pipewell's, with the promise
//   continuations the attributed figures miss (detection and drawing run after an `await`).
//   On an SPA navigation our listeners run inside the harness's `pushState` call: the floor's
//   figure (that call alone, made once before the trace to leave out its first-call cost) is
//   shown beside ours.
// Two rows put these in scale (floor-extensions.mjs): the floor, a content script that only
// touches `chrome.runtime`, and the least card, the smallest script that reads a heading, asks
// its background once and draws a card.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { blockNetwork, FIXTURES, launchWithExtension } from '../../support/launch.mjs';
import { floorExtension, leastCardExtension } from '../floor-extensions.mjs';
import { median, ms, report } from '../stats.mjs';
import { extensionScriptCpuTime, extensionScriptTime, extensionTaskCpuTime, extensionTaskTime, javaScriptTaskCpuTime } from '../trace.mjs';

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

/** The extension's own script time on one page load and one SPA navigation, from traces. */
async function attributed(context, page) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const load = await traced(cdp, async () => {
    await tab.goto(page.url);
    await tab.waitForTimeout(SETTLE_MS);
  });
  // Playwright's first call into a page costs milliseconds of its own: made before the trace.
  await tab.evaluate(() => 0);
  const nav = await traced(cdp, async () => {
    await tab.evaluate((next) => history.pushState({}, '', next), page.next);
    await tab.waitForTimeout(SETTLE_MS);
  });
  await tab.close();
  return {
    load: extensionScriptTime(load),
    loadCpu: extensionScriptCpuTime(load),
    loadTasks: extensionTaskTime(load),
    loadTasksCpu: extensionTaskCpuTime(load),
    loadJs: javaScriptTaskCpuTime(load),
    navJs: javaScriptTaskCpuTime(nav, { whole: true }),
  };
}

// v8.execute records RunMicrotasks, the tasks that resume our code after an `await`.
const TRACE_CATEGORIES = 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline';

async function traced(cdp, run) {
  const events = [];
  const collect = (chunk) => events.push(...chunk.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.name.endsWith('Duration') ? m.value * 1000 : m.value]));
}

export default async function contentScriptCost() {
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ extension: false });
  const floor = await launchWithExtension({ extensionPath: floorExtension() });
  const leastCard = await launchWithExtension({ extensionPath: leastCardExtension() });
  const rows = [];
  try {
    for (const context of [withExt, without, floor, leastCard]) {
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
      const traces = [];
      const floors = [];
      const cards = [];
      for (let run = 0; run < RUNS; run += 1) {
        traces.push(await attributed(withExt, page));
        floors.push(await attributed(floor, page));
        cards.push(await attributed(leastCard, page));
      }
      const span = (key) => `${ms(median(traces.map((r) => r[key])))}`;
      const floorSpan = (key) => ms(median(floors.map((r) => r[key])));
      rows.push([`${page.label}: load, Pipewell's scripts (trace) / their whole tasks`, `${span('load')} / ${span('loadTasks')}`, '< 5 ms']);
      rows.push([`${page.label}: load, on the main thread's CPU clock: scripts / their whole tasks`, `${span('loadCpu')} / ${span('loadTasksCpu')}`, '< 5 ms']);
      rows.push([`${page.label}: load, JS tasks from Pipewell's first script on (CPU clock, after awaits too)`, span('loadJs'), '< 5 ms']);
      // The attributed figures read 0 here: the listeners run inside the harness's call.
      rows.push([`${page.label}: SPA navigation, JS tasks (CPU clock): ours / floor's`, `${span('navJs')} / ${floorSpan('navJs')}`, '< 2 ms']);
      rows.push([`${page.label}: load, floor: empty content script (trace / CPU clock / JS tasks)`, `${floorSpan('load')} / ${floorSpan('loadCpu')} / ${floorSpan('loadJs')}`]);
      const cardSpan = (key) => ms(median(cards.map((r) => r[key])));
      rows.push([`${page.label}: load, least card: one read, one message, one card (JS tasks)`, cardSpan('loadJs')]);
    }
  } finally {
    await withExt.close();
    await without.close();
    await floor.close();
    await leastCard.close();
  }
  report(`Content script main-thread time (median of ${RUNS} loads each, CDP TaskDuration)`, rows);
}
