import { browser } from 'wxt/browser';

/** `ui.openLead`: the popup page in a tab, on the lead's detail. */
export async function openLead({ id }: { id: string }): Promise<{ opened: boolean }> {
  await browser.tabs.create({ url: `${browser.runtime.getURL("/popup.html")}#/lead/${encodeURIComponent(id)}` });
  return { opened: true };
}

const OVERLAY_FILES = { linkedin: '/content-scripts/linkedin-overlay.js', gmail: '/content-scripts/gmail-overlay.js' } as const;

/** `overlay.inject`: the overlay script into the frame that asked (its host permission covers it). */
export async function injectOverlay(
  { site }: { site: keyof typeof OVERLAY_FILES },
  sender: { tab?: { id?: number }; frameId?: number },
): Promise<{ injected: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a page can ask for the overlay');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OVERLAY_FILES[site]] });
  return { injected: true };
}
