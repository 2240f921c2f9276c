import { sendUnchecked } from '../messaging/unchecked';
import { type PageContext, watchPageViews } from './page-watch';

/** Set in the content scripts' isolated world (never on the page) once the overlay runs. */
export const OVERLAY_FLAG = '__pipewellOverlay';

export type OverlaySite = 'linkedin' | 'gmail';

export function isOverlayRunning(win: Window): boolean {
  return (win as unknown as Record<string, unknown>)[OVERLAY_FLAG] === true;
}

export function markOverlayRunning(win: Window): void {
  (win as unknown as Record<string, unknown>)[OVERLAY_FLAG] = true;
}

/**
 * The script every Gmail page and every LinkedIn page the manifest does not give the overlay
 * gets: it only classifies URLs. On a page that can show a card it asks the background to
 * inject the overlay (detection and the card), which then takes over; every other page costs a
 * URL check and nothing more.
 */
export function startBootstrap(ctx: PageContext, win: Window, site: OverlaySite, isCardPage: (url: string) => boolean): void {
  let requested = false;
  watchPageViews(ctx, win, ({ url }) => {
    if (requested || isOverlayRunning(win) || !isCardPage(url)) return;
    requested = true;
    sendUnchecked('overlay.inject', { site }).then(
      ({ injected }) => (requested = injected),
      () => (requested = false),
    );
  });
}
