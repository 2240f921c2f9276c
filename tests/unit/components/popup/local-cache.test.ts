// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { afterEach, describe, expect, it } from 'vitest';
import { clearCacheMemory, readCache, writeCache } from '../../../../components/popup/local-cache';

const KEY = 'pipewell:cache:pipeline.board:default';
const board = { columns: [], total: 3 };
// Not an answer the schema accepts: `total` must be a whole number.
const unparsable = { columns: [], total: 'three' };

// A built page's entry script: its name carries the build's hash. (The environment option above
// makes happy-dom skip loading it quietly.)
const BUILD = 'chrome-extension://abc/chunks/popup-Dm3k93jp.js';
document.head.innerHTML = `<script type="module" src="${BUILD}"></script>`;

afterEach(() => {
  localStorage.clear();
  clearCacheMemory();
});

describe('the popup’s cache of last answers', () => {
  it('stores an answer with the build that wrote it and reads it back', () => {
    writeCache('pipeline.board', 'default', board);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({ build: BUILD, data: board });
    clearCacheMemory();
    expect(readCache('pipeline.board', 'default')).toEqual(board);
  });

  it('trusts an entry this build wrote without parsing it again (it was parsed before it was stored)', () => {
    localStorage.setItem(KEY, JSON.stringify({ build: BUILD, data: unparsable }));
    expect(readCache('pipeline.board', 'default')).toEqual(unparsable);
  });

  it.each([
    ['another build', { build: 'chrome-extension://abc/chunks/popup-Xq81mZ0a.js', data: unparsable }],
    ['no build', { build: null, data: unparsable }],
    ['an entry kept before entries said who wrote them', unparsable],
  ])('parses an entry from %s, and ignores it when it no longer parses', (_, stored) => {
    localStorage.setItem(KEY, JSON.stringify(stored));
    expect(readCache('pipeline.board', 'default')).toBeUndefined();
  });

  it.each([
    ['another build', { build: 'chrome-extension://abc/chunks/popup-Xq81mZ0a.js', data: board }],
    ['an entry kept before entries said who wrote them', board],
  ])('keeps an entry from %s that still parses', (_, stored) => {
    localStorage.setItem(KEY, JSON.stringify(stored));
    expect(readCache('pipeline.board', 'default')).toEqual(board);
  });

  it('ignores an entry that is not JSON', () => {
    localStorage.setItem(KEY, '{');
    expect(readCache('pipeline.board', 'default')).toBeUndefined();
  });
});
