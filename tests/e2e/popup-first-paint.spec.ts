import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fiftyLeads, seedLeads } from './popup-seed';

/**
 * An init script: at every change to the page, what a user could see of the board. Observer
 * callbacks run between tasks, so a state no one could have seen (inside React's commit) is
 * never recorded.
 */
const WATCH = () => {
  const seen: { firstPaintRows: number; visibleRows: number; visibleLists: number }[] = [];
  (globalThis as { __seen?: typeof seen }).__seen = seen;
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
  new MutationObserver(() => {
    seen.push({
      firstPaintRows: document.querySelectorAll('[inert] [data-testid=lead-row]').length,
      visibleRows: [...document.querySelectorAll('[data-testid=lead-row]')].filter(visible).length,
      visibleLists: [...document.querySelectorAll('[role=list]')].filter(visible).length,
    });
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'inert'] });
};

async function openWatched(page: Page, url: string, { clearCache }: { clearCache: boolean }) {
  const watched = await page.context().newPage();
  await watched.addInitScript(WATCH);
  if (clearCache) await watched.addInitScript(() => localStorage.clear());
  await watched.goto(url);
  // React has taken over once nothing on the page is inert.
  await expect(watched.getByTestId('lead-row').first()).toBeVisible();
  await expect(watched.locator('[inert]')).toHaveCount(0);
  return watched;
}

// With the last data cached the first paint draws before React can have loaded; with none, the
// rows come from whichever of the two has the answer first (the first paint, unless React won).
for (const [clearCache, drawnFirstBy] of [[false, 'the first paint'], [true, 'either']] as const) {
  test(`the board's first rows are drawn by ${drawnFirstBy}, and never leave the screen (${clearCache ? 'no cache' : 'last data cached'})`, async ({ popup }) => {
    const page = await popup();
    await seedLeads(page, fiftyLeads().slice(0, 20));
    await page.reload();
    await expect(page.getByTestId('stage-count').first()).toBeVisible(); // the list is answered and kept
    const watched = await openWatched(page, page.url(), { clearCache });
    const seen = await watched.evaluate(() => (globalThis as unknown as { __seen: { firstPaintRows: number; visibleRows: number; visibleLists: number }[] }).__seen);
    const firstRows = seen.findIndex((s) => s.visibleRows > 0);
    expect(firstRows).toBeGreaterThanOrEqual(0);
    if (drawnFirstBy === 'the first paint') expect(seen[firstRows]?.firstPaintRows).toBeGreaterThan(0);
    expect(seen.slice(firstRows).filter((s) => s.visibleRows === 0)).toEqual([]);
    expect(seen.filter((s) => s.visibleLists > 1)).toEqual([]);
    // One board: one hint, one list, and the rows take focus from the keyboard.
    await expect(watched.locator('#pipewell-row-keys')).toHaveCount(1);
    await expect(watched.getByRole('list')).toHaveCount(1);
    for (let i = 0; i < 30; i++) {
      await watched.keyboard.press('Tab');
      if (await watched.evaluate(() => document.activeElement?.hasAttribute('data-row-open'))) break;
    }
    await expect(watched.locator(':focus')).toHaveAttribute('data-row-open');
    await watched.keyboard.press('ArrowDown');
    await expect(watched.locator(':focus')).toHaveAttribute('data-row-open');
  });
}
