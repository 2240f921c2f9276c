// @vitest-environment happy-dom
// selectUnion: one element per member, outermost only, in document order.
import { describe, expect, it } from 'vitest';
import { selectUnion } from '../../../../lib/sites/gmail/selectors';

function ids(html: string, chain: readonly string[]): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return selectUnion(doc, chain).map((element) => element.id);
}

describe('selectUnion', () => {
  it.each([
    ['siblings in document order', '<p id="a" class="x"></p><p id="b" class="y"></p><p id="c" class="x"></p>', ['a', 'b', 'c']],
    ['a match inside a match is left out', '<div id="a" class="x"><p id="b" class="y"><i id="c" class="x"></i></p></div><p id="d" class="y"></p>', ['a', 'd']],
    ['a match inside a non-match inside a match', '<div id="a" class="x"><section><p id="b" class="y"></p></section></div><p id="c" class="x"></p>', ['a', 'c']],
    ['a match after a nested one is kept', '<div id="a" class="x"><p id="b" class="x"></p></div><div><p id="c" class="y"></p></div>', ['a', 'c']],
    ['nothing matches', '<p id="a"></p>', []],
  ])('%s', (_name, html, expected) => {
    expect(ids(html, ['.x', '.y'])).toEqual(expected);
  });

  it('falls back entry by entry when one selector cannot be parsed', () => {
    const html = '<div id="a" class="x"><p id="b" class="y"></p></div><p id="c" class="y"></p>';
    expect(ids(html, ['.x', ':not-a-selector(', '.y']).sort()).toEqual(['a', 'c']);
  });
});
