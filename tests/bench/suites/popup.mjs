// Popup: time from navigation start to the first rendered lead row, with N leads stored, beside
// the floor: an extension page with the popup's stylesheet whose script adds one row, no more.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_PATH, extensionIdOf, launchWithExtension } from '../../support/launch.mjs';
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

async function firstRow(context, url, { clearCache, floor = false }) {
  const page = await context.newPage();
  await page.addInitScript(FIRST_ROW_PROBE);
  await page.addInitScript(COUNT_MESSAGES);
  if (clearCache) await page.addInitScript(() => localStorage.clear());
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__firstRow !== undefined, null, { timeout: 60_000 });
  const at = await page.evaluate(() => globalThis.__firstRow);
  if (floor) {
    await page.close();
    return at;
  }
  // The stage counts come after the whole list, which is then cached for the next open.
  await waitForAnswers(page, '[data-testid=stage-count]');
  await page.close();
  return at;
}

/** An extension whose page links the built popup's stylesheet and runs a module script that adds one row. */
function floorExtension() {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pipewell-popup-floor-')), 'chrome-mv3');
  mkdirSync(dir);
  const css = readdirSync(path.join(EXTENSION_PATH, 'assets')).find((name) => /^popup-.*\.css$/.test(name));
  copyFileSync(path.join(EXTENSION_PATH, 'assets', css), path.join(dir, 'popup.css'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1.0', background: { service_worker: 'worker.js' } }));
  writeFileSync(path.join(dir, 'worker.js'), '');
  writeFileSync(path.join(dir, 'popup.html'), '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/row.js"></script><link rel="stylesheet" href="/popup.css"></head><body><div id="root"></div></body></html>');
  writeFileSync(path.join(dir, 'row.js'), "const row = document.createElement('div');\nrow.dataset.testid = 'lead-row';\nrow.textContent = localStorage.getItem('row') ?? 'A lead';\ndocument.getElementById('root').append(row);\n");
  return dir;
}

async function floorFirstRow() {
  const context = await launchWithExtension({ extensionPath: floorExtension() });
  try {
    const url = `chrome-extension://${await extensionIdOf(context)}/popup.html`;
    const runs = [];
    for (let run = 0; run < 10; run += 1) runs.push(await firstRow(context, url, { clearCache: false, floor: true }));
    return median(runs);
  } finally {
    await context.close();
  }
}

export default async function popupFirstRow({ context, extensionId, worker, seedLeads }) {
  const rows = [['Floor: an extension page with the popup’s stylesheet, one row added (median of 10)', ms(await floorFirstRow())]];
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
