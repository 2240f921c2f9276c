import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prospect } from '../../../../lib/model';
import { detectLinkedIn, findProfileAnchor, findSearchRows } from '../../../../lib/sites/linkedin';
import { loadFixture, parseHtml } from './fixture-document';

const PROFILE = 'https://www.linkedin.com/in/kim-a/';
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=x';
const COMPANY = 'https://www.linkedin.com/company/acme/';

describe('detectLinkedIn contract', () => {
  it('runs with no window or document globals: it reads only the document it is given', () => {
    expect('document' in globalThis).toBe(false);
    expect('location' in globalThis).toBe(false);
    expect(detectLinkedIn(loadFixture('2024-07-profile-single-role.html'), 'https://www.linkedin.com/in/maja-lindqvist-4b7a21/')).toHaveLength(1);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/maja-lindqvist-4b7a21/details/experience/',
    'https://mail.google.com/mail/u/0/',
    'not a url',
  ])('a profile DOM served at %s is not read', (url) => {
    expect(detectLinkedIn(loadFixture('2024-07-profile-single-role.html'), url)).toEqual([]);
  });

  it('an empty document has no prospect on any page kind', () => {
    const doc = parseHtml('');
    for (const url of [PROFILE, SEARCH, COMPANY]) expect(detectLinkedIn(doc, url)).toEqual([]);
  });

  it('a DOM that throws gives [] and null, never an exception', () => {
    const hostile = new Proxy(parseHtml('<main></main>'), {
      get(target, key) {
        if (key === 'querySelector' || key === 'querySelectorAll') {
          return () => {
            throw new Error('detached');
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    for (const url of [PROFILE, SEARCH, COMPANY]) expect(detectLinkedIn(hostile, url)).toEqual([]);
    expect(findSearchRows(hostile, SEARCH)).toEqual([]);
    expect(findProfileAnchor(hostile)).toBeNull();
  });

  it('caps untrusted text and still passes the schema', () => {
    const long = 'Å'.repeat(10_000);
    const doc = parseHtml(
      `<main><section data-member-id="1"><h1>${long}</h1><div data-generated-suggestion-target="x">${long}</div>` +
        `<div><span>${long}</span><span><a href="/in/kim-a/overlay/contact-info/">Contact info</a></span></div></section></main>`,
    );
    const [person] = detectLinkedIn(doc, PROFILE);
    expect(person?.name).toHaveLength(200);
    expect(person?.headline).toHaveLength(300);
    expect(person?.location).toHaveLength(200);
  });

  it('never reads script text into a field', () => {
    const doc = parseHtml(
      '<main><section data-member-id="1"><h1>Kim <script>alert(1)</script>Andersson</h1></section></main>',
    );
    expect(detectLinkedIn(doc, PROFILE)[0]?.name).toBe('Kim Andersson');
  });
});

/** Random documents built from the markup the adapter looks for, nested arbitrarily. */
const TAGS = ['div', 'section', 'main', 'p', 'span', 'h1', 'h2', 'li', 'ul', 'dl', 'dt', 'dd', 'a', 'code', 'button'];
const ATTRIBUTES = [
  '',
  ' data-member-id="7"',
  ' componentkey="com.linkedin.sdui.profile.card.refXTopcard"',
  ' componentkey="entity-collection-item-1"',
  ' componentkey="refXExperienceTopLevelSection"',
  ' id="experience"',
  ' role="listitem"',
  ' data-view-name="profile-component-entity"',
  ' data-view-name="search-entity-result-universal-template"',
  ' aria-hidden="true"',
  ' class="visually-hidden"',
  ' href="/in/kim-a/overlay/contact-info/"',
  ' href="https://www.linkedin.com/in/per-b/"',
  ' aria-label="Current company: Acme. Click to skip to experience card"',
  ' id="bpr-guid-1"',
];
const TEXTS = ['', 'Kim A', 'Experience', 'Erfarenhet', 'Jul 2021 - Present', 'Acme · Full-time', '· 2nd', '{"included":[{"publicIdentifier":"kim-a","firstName":"Kim"}]}', '🚀', 'Industry', '51-200 employees'];

const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attributes, children]) => `<${tag}${attributes}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('robustness on arbitrary LinkedIn-like markup', () => {
  it('never throws, and every prospect passes the schema', () => {
    fc.assert(
      fc.property(markup, fc.constantFrom(PROFILE, SEARCH, COMPANY), (html, url) => {
        const doc = parseHtml(`<html><head><title>(3) Kim A | LinkedIn</title></head><body>${html}</body></html>`);
        const prospects = detectLinkedIn(doc, url);
        for (const prospect of prospects) expect(Prospect.safeParse(prospect).success).toBe(true);
        expect(() => findSearchRows(doc, url)).not.toThrow();
        expect(() => findProfileAnchor(doc)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
