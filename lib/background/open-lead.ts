import { browser } from 'wxt/browser';

/** `ui.openLead`: the popup page in a tab, on the lead's detail. */
export async function openLead({ id }: { id: string }): Promise<{ opened: boolean }> {
  await browser.tabs.create({ url: `${browser.runtime.getURL("/popup.html")}#/lead/${encodeURIComponent(id)}` });
  return { opened: true };
}
