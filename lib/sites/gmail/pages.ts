/**
 * Gmail URL → page kind. Gmail routes in the hash: `#<view>[/<view parameter>][/<thread id>]`,
 * e.g. `#inbox/FMfcgz…`, `#label/Clients%2FAcme/FMfcgz…`, `#search/from%3Aann/FMfcgz…`.
 * Lists page with `/p<N>`; a `?compose=…` or `?projector=1` suffix overlays the same page.
 */

export type GmailPageKind = 'thread' | 'list' | 'other';

/** Views that list conversations, with how many path segments their own parameter takes. */
const LIST_VIEWS: Readonly<Record<string, number>> = {
  inbox: 0, starred: 0, snoozed: 0, imp: 0, sent: 0, scheduled: 0, drafts: 0, all: 0,
  spam: 0, trash: 0, chats: 0, outbox: 0, label: 1, category: 1, search: 1, 'advanced-search': 1,
};

// Thread ids: 16 hex digits (legacy, G1 2014) or the opaque base-52 tokens Gmail has put in URLs
// since 2018 ("FMfcgz…", "KtbxL…", "Whct…", 30+ characters).
const THREAD_ID = /^(?:[0-9a-f]{16}|[A-Za-z0-9]{20,})$/;
const LIST_PAGE = /^p\d{1,5}$/;
// `/mail/`, `/mail/u/<n>/`, `/mail/ca/u/<n>/` and the old Workspace form `/a/<domain>/`.
const MAIL_PATH = /^\/(?:mail\/(?:ca\/)?(?:u\/\d{1,2}\/?)?|a\/[^/]+\/?)$/;

type Route = { view: string; rest: string[] };

function parseRoute(url: string): Route | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== 'mail.google.com' || !MAIL_PATH.test(parsed.pathname)) return undefined;
  // `?view=pt` (print), `?view=att` (attachment) and similar are not the mailbox UI.
  if (parsed.searchParams.has('view')) return undefined;
  const hash = parsed.hash.replace(/^#/, '').split('?')[0] ?? '';
  const [view = 'inbox', ...rest] = hash === '' ? [] : hash.split('/');
  return { view, rest };
}

// A view parameter may itself hold raw slashes (older nested labels "#label/Clients/Acme"), so
// the id, or the `p<N>` list page, is always the last segment after at least the parameter.
function routeThreadId(route: Route): string | undefined {
  const params = LIST_VIEWS[route.view];
  const id = route.rest.at(-1);
  if (params === undefined || id === undefined || route.rest.length < params + 1) return undefined;
  return THREAD_ID.test(id) && !LIST_PAGE.test(id) ? id : undefined;
}

/** True when the URL opens one conversation (`#inbox/<id>`, `#label/<name>/<id>`, …). */
export function isThread(url: string): boolean {
  const route = parseRoute(url);
  return !!route && routeThreadId(route) !== undefined;
}

/** True when the URL shows a list of conversations (inbox, a label, a search, page N). */
export function isList(url: string): boolean {
  const route = parseRoute(url);
  if (!route || routeThreadId(route) !== undefined) return false;
  const params = LIST_VIEWS[route.view];
  if (params === undefined) return false;
  const { rest } = route;
  if (params === 0) return rest.length === 0 || (rest.length === 1 && LIST_PAGE.test(rest[0] ?? ''));
  // Label and search views need a non-empty parameter; anything after it is its page number.
  return rest.length >= params && (rest[0] ?? '') !== '';
}

/** What kind of Gmail page `url` is. */
export function gmailPageKind(url: string): GmailPageKind {
  if (isThread(url)) return 'thread';
  return isList(url) ? 'list' : 'other';
}

/**
 * The open conversation's id from the URL hash, or undefined when no conversation is open.
 * It changes exactly when the user opens another thread.
 */
export function threadKey(url: string): string | undefined {
  const route = parseRoute(url);
  return route ? routeThreadId(route) : undefined;
}
