import type { LeadQueryInput, LeadSource } from '../../../lib/model';

export interface Filters {
  text: string;
  stageId: string;
  grade: '' | 'A' | 'B' | 'C' | 'D';
  source: '' | LeadSource;
  qualified: '' | 'yes' | 'no';
  overdue: boolean;
}

export const NO_FILTERS: Filters = { text: '', stageId: '', grade: '', source: '', qualified: '', overdue: false };

/** The unfiltered list is kept (and shown first next time) under this key. */
export const LIST_CACHE_KEY = 'default';

/**
 * The unfiltered list's first screenful, kept beside it for the first paint: the whole list is
 * up to 500 leads (386 KB of JSON at 10,000 leads, 4-8 ms to read and parse before the first row).
 */
export const FIRST_PAINT_CACHE_KEY = 'first-paint';

/** The most leads one list shows; the stage strip still counts all of them. */
export const LIST_LIMIT = 500;

/**
 * About two screens of rows in a tab (one screen of the popup is six): what a board with nothing
 * to show yet asks for first. The repository reads rows by score in slices of 50; with 40, the
 * open leads among the first 50 of the bench's pipeline did not fill the page and a second read
 * followed (first request 28 ms against 15 ms for 24, 10,000 leads, load 9; 2026-11-27).
 */
export const FIRST_PAGE = 24;

/** The first screenful of `query`'s answer. */
export const firstPage = (query: LeadQueryInput): LeadQueryInput => ({ ...query, limit: Math.min(FIRST_PAGE, query.limit ?? FIRST_PAGE) });

export function isFiltered(f: Filters): boolean {
  return Boolean(f.text.trim() || f.stageId || f.grade || f.source || f.qualified || f.overdue);
}

/**
 * The `lead.list` query for the filters: open leads by score; a chosen stage also shows the
 * won and lost leads in it (so the Won stage lists the wins).
 */
export function queryFor(f: Filters): LeadQueryInput {
  const text = f.text.trim();
  return {
    status: f.stageId ? ['open', 'won', 'lost'] : ['open'],
    sort: 'score',
    direction: 'desc',
    limit: LIST_LIMIT,
    ...(text && { text: text.slice(0, 200) }),
    ...(f.stageId && { stageId: f.stageId }),
    ...(f.grade && { grade: f.grade }),
    ...(f.source && { source: f.source }),
    ...(f.qualified && { qualified: f.qualified === 'yes' }),
    ...(f.overdue && { overdue: true }),
  };
}
