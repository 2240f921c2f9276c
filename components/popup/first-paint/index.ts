// The popup's first paint: the board drawn in plain DOM from the last answers this build kept
// (or, with none, from the answer to its first request), while React, zod and the polyfill load.
// React replaces it in its first commit or, when the first paint shows the list, in the commit
// that draws React's own (`handOver`), so rows never leave the screen. Until then it is inert:
// nothing in it takes focus or reaches a screen reader, and React's root lays out unseen behind it.
import { element } from '../../../lib/content/card/element';
import type { Settings } from '../../../lib/model';
import type { Translate } from '../../i18n';
import { FIRST_PAINT_CACHE_KEY, firstPage, LIST_CACHE_KEY, NO_FILTERS, queryFor } from '../board/filters';
import { DEFAULT_QUALIFIED_MIN_YES, DEFAULT_STAGES } from '../../../lib/model/stage-defaults';
import { readOwnEntry } from '../cache-entry';
import { sendEarly } from '../early-requests';
import { parseRoute } from '../route';
import { boardElement, type BoardData } from './board';
import { frameElement } from './frame';
import { untilFirstPaintShown } from './react-waits';

/** What the board draws before the settings are known, as React does (DEFAULT_SETTINGS). */
export const FIRST_PAINT_DEFAULTS: Pick<Settings, 'stages' | 'qualifiedMinYes'> = { stages: DEFAULT_STAGES, qualifiedMinYes: DEFAULT_QUALIFIED_MIN_YES };

/** React's root while the first paint shows: laid out where it will be, but unseen. */
const UNSEEN = 'position: absolute; top: 0px; left: 0px; right: 0px; visibility: hidden;';

export interface FirstPaint {
  /** Settles once the first paint has drawn what it can (at once with a cache, else on the answer). */
  drawn: Promise<void>;
  /** Settles once what it drew is on screen (or it has waited long enough): React's code may load. */
  shown: Promise<void>;
  /**
   * React has committed, with its board's rows drawn or not. The first paint goes and React's
   * root shows in its place, unless that would take rows off the screen: then it waits for
   * React's rows. (React drawing "Loading…" where the first paint shows the same is no flash.)
   */
  handOver: (boardDrawn: boolean) => void;
}

/** Draws the board into a sibling before `root` when the popup opens on it; React renders into `root`. */
export function startFirstPaint(root: HTMLElement, hash: string, t: Translate, now: number): FirstPaint {
  if (parseRoute(hash).view !== 'pipeline') return { drawn: Promise.resolve(), shown: Promise.resolve(), handOver: () => undefined };
  // The whole list's entry only when its first screenful was not kept apart (a build before that).
  const cached = readOwnEntry('lead.list', FIRST_PAINT_CACHE_KEY) ?? readOwnEntry('lead.list', LIST_CACHE_KEY);
  // Asked before anything is drawn: the background reads while this page builds its frame.
  const answer = cached ? undefined : sendEarly('lead.list', firstPage(queryFor(NO_FILTERS)));
  const settings = readOwnEntry('settings.get', 'default')?.settings ?? FIRST_PAINT_DEFAULTS;
  const columns = readOwnEntry('pipeline.board', 'default')?.columns;
  const host = element('div', { attrs: { inert: '' } });
  let live = true;
  let listShown = false;
  const draw = (page: BoardData['page']) => {
    if (!live) return;
    host.replaceChildren(frameElement(boardElement({ settings, columns, page, now, height: Math.max(560, globalThis.innerHeight || 0) }, t), t));
    listShown = page !== undefined;
  };
  root.before(host);
  root.setAttribute('style', UNSEEN);
  draw(cached && { leads: cached, partial: false });
  // A failed request or an answer the first paint cannot draw leaves it on "Loading…": React shows why.
  const drawn = answer ? answer.then((leads) => draw({ leads, partial: true })).catch(() => undefined) : Promise.resolve();
  return {
    drawn,
    shown: untilFirstPaintShown(drawn),
    handOver(boardDrawn) {
      if (!live || (listShown && !boardDrawn)) return;
      live = false;
      host.remove();
      root.removeAttribute('style');
    },
  };
}
