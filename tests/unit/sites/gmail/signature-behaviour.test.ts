// @vitest-environment happy-dom
// parseSignature beyond the table: every phrase in its data tables, HTML details, and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../../../lib/sites/gmail';
import { CLOSINGS } from '../../../../lib/sites/gmail/signature/phrases';
import { COMPANY_SUFFIXES, TITLE_ACRONYMS, TITLE_WORDS } from '../../../../lib/sites/gmail/signature/roles';
import { renderedBody } from './fixture-doc';

const ann = { name: 'Ann Lee', email: 'ann.lee@acme.example' };
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('data tables', () => {
  it.each(Object.entries(CLOSINGS).flatMap(([lang, list]) => list.map((closing) => ({ lang, closing }))))(
    '$lang closing "$closing"',
    ({ closing }) => {
      const written = capitalise(closing);
      expect(parseSignature(`Hi,\n\nSee you.\n\n${written},\nAnn Lee\nCEO`, ann)).toMatchObject({ closing: written, title: 'CEO' });
    },
  );

  it.each(Object.entries(TITLE_WORDS).flatMap(([lang, list]) => list.map((word) => ({ lang, word }))))(
    '$lang title word "$word"',
    ({ word }) => {
      const title = capitalise(word);
      expect(parseSignature(`Best regards,\nAnn Lee\n${title}\nNorthwind AB`, ann)).toMatchObject({ title, company: 'Northwind AB' });
    },
  );

  it.each([...TITLE_ACRONYMS])('title acronym "%s"', (acronym) => {
    expect(parseSignature(`Best regards,\nAnn Lee\n${acronym}\nNorthwind AB`, ann)).toMatchObject({ title: acronym, company: 'Northwind AB' });
  });

  it.each([...COMPANY_SUFFIXES])('company suffix "%s" (company line read even before the title)', (suffix) => {
    expect(parseSignature(`Best regards,\nAnn Lee\nNorthwind ${suffix}\nHead of Sales`, ann)).toMatchObject({
      company: `Northwind ${suffix}`,
      title: 'Head of Sales',
    });
  });
});

describe('HTML bodies', () => {
  it('skips hidden elements and Gmail-prefixed quoted signatures', () => {
    const body = renderedBody(`<div>Thanks<br>Ann Lee<br>CEO<span style="display: none">CFO at Hidden Ltd</span></div>
      <div class="m_123gmail_quote"><div class="m_456gmail_signature">Bob Ray<br>CTO<br>Quoted Corp<br>+1 555 0100 300</div></div>`);
    expect(parseSignature(body, ann)).toEqual({ title: 'CEO', closing: 'Thanks', phones: [], emails: [] });
  });

  it('reads the Gmail signature container even with text after it, and a closing above its "-- "', () => {
    const body = renderedBody(`<div>Hi,<br>see below.<br><br>Kind regards,<br>-- <br></div>
      <div class="gmail_signature" data-smartmail="gmail_signature">Ann Lee<br>Chief Revenue Officer<br>Acme Robotics AB</div><div>PS: call me later.</div>`);
    expect(parseSignature(body, ann)).toEqual({
      title: 'Chief Revenue Officer', company: 'Acme Robotics AB', closing: 'Kind regards', phones: [], emails: [],
    });
  });

  it('takes contacts from link targets: mailto, tel, LinkedIn icon', () => {
    const body = renderedBody(`Best,<br>Ann Lee<br><a href="mailto:Ann.Lee@Acme.example?subject=hi">Email me</a>
      <a href="tel:+46%2070%20123%2045%2067">Call</a> <a href="https://se.linkedin.com/in/ann-lee-example/?locale=sv_SE"><img alt=""></a>`);
    expect(parseSignature(body, ann)).toMatchObject({
      emails: ['ann.lee@acme.example'], phones: ['+46 70 123 45 67'], linkedinUrl: 'https://www.linkedin.com/in/ann-lee-example/',
    });
  });

  it('does not change the page it reads', () => {
    const body = renderedBody('<div>Best,<br>Ann Lee<br>CEO</div><blockquote>quoted</blockquote>');
    const before = body.outerHTML;
    parseSignature(body, ann);
    expect(body.outerHTML).toBe(before);
  });

  it('treats a string as text, never as markup', () => {
    expect(parseSignature('Best,\nAnn Lee\n<b>CEO</b>', ann).title).toBe('<b>CEO</b>');
  });
});

describe('properties', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('Best regards,', '-- ', 'Ann Lee', 'CEO', 'Acme AB', '+46 70 123 45 67', 'www.acme.example', 'Storgatan 1', '> quoted', 'On Mon, Aug 18, 2025 at 9:00 AM Bob <b@c.example> wrote:'),
  );

  it('never throws; fields stay within their caps', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const signature = parseSignature(lines.join('\n'), ann);
        expect(signature.phones.length).toBeLessThanOrEqual(5);
        expect(signature.emails.length).toBeLessThanOrEqual(10);
        for (const value of [signature.title, signature.company]) expect((value ?? '').length).toBeLessThanOrEqual(200);
        for (const value of [signature.website, signature.address]) expect((value ?? '').length).toBeLessThanOrEqual(300);
      }),
      { numRuns: 300 },
    );
  });

  it('a quoted message below the reply never changes what the reply\'s signature says', () => {
    const quoted = fc.array(line, { minLength: 1, maxLength: 12 });
    const reply = 'Sounds good.\n\nBest regards,\nAnn Lee\nHead of Sales\nAcme AB\n+46 8 123 456 78';
    const alone = parseSignature(reply, ann);
    fc.assert(
      fc.property(quoted, fc.constantFrom('plain', 'gmail', 'blockquote'), (lines, style) => {
        const html = (text: string) => text.split('\n').map((l) => l.replace(/[<&]/g, ' ')).join('<br>');
        const body =
          style === 'plain' ? `${reply}\n\nOn Mon, Aug 18, 2025 at 9:00 AM Bob Ray <bob@ray.example> wrote:\n${lines.join('\n')}`
          : renderedBody(`<div>${html(reply)}</div>${style === 'gmail' ? '<div class="gmail_quote">' : '<blockquote>'}${html(lines.join('\n'))}${style === 'gmail' ? '</div>' : '</blockquote>'}`);
        expect(parseSignature(body, ann)).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });
});
