import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * LinkedIn and Gmail are single-page apps: they swap the page in place and change the URL
 * (LinkedIn pushes a new path, Gmail changes the hash). The tests do the same with a fixture.
 */
export async function swapPage(page: Page, fixture: string, url: string): Promise<void> {
  const html = readFileSync(path.resolve('tests/fixtures', fixture), 'utf8');
  await page.evaluate(
    ({ markup, next }) => {
      const doc = new DOMParser().parseFromString(markup, 'text/html');
      document.title = doc.title;
      document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
      const target = new URL(next);
      if (target.pathname === location.pathname && target.search === location.search) location.hash = target.hash;
      else history.pushState({}, '', next);
    },
    { markup: html, next: url },
  );
}
