// @vitest-environment happy-dom
// detectGmail on each Gmail vintage and page shape in tests/fixtures/gmail (synthetic, invented people).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prospect } from '../../../../lib/model/prospect';
import { detectProspects } from '../../../../lib/sites';
import { detectGmail } from '../../../../lib/sites/gmail';
import { fixtureDoc, LIST_URL, parseHtml, THREAD_URL } from './fixture-doc';

const base = { source: 'gmail', kind: 'person', sourceUrl: THREAD_URL } as const;

const VINTAGES: { fixture: string; what: string; want: Prospect[] }[] = [
  {
    fixture: '2016-05-thread.html',
    what: 'classic markup: no span.qu, a3s.aXjCH, hex data-message-id, "-- " after "Best regards,"',
    want: [
      { ...base, name: 'Priya Raman', email: 'priya.raman@fabrikam.example', title: 'Head of Procurement', company: 'Fabrikam Ltd', companyDomain: 'fabrikam.example', phone: '+44 20 7946 0958', phones: ['+44 20 7946 0958'], website: 'https://www.fabrikam.example' },
      { ...base, name: 'Tom Okafor', email: 'tom.okafor@fabrikam.example', title: 'IT Director', company: 'Fabrikam Ltd', companyDomain: 'fabrikam.example', phone: '+44 7700 900123', phones: ['+44 7700 900123'] },
    ],
  },
  {
    fixture: '2019-12-thread-collapsed.html',
    what: 'collapsed div.kv/div.adf.ads messages, gmail_signature, the user\'s quoted signature ignored',
    want: [
      { ...base, name: 'Lars Berg', email: 'lars.berg@nordkraft.example', title: 'Säljchef', company: 'Nordkraft AB', companyDomain: 'nordkraft.example', phone: '+46 70 123 45 67', phones: ['+46 70 123 45 67'], linkedinUrl: 'https://www.linkedin.com/in/lars-berg-example/' },
    ],
  },
  {
    fixture: '2025-08-thread.html',
    what: 'span.qu wrapper, a3s.aiL, avatar, cc recipients, free-mail recipient without companyDomain',
    want: [
      { ...base, name: 'Alice Moreau', email: 'alice.moreau@contoso.example', title: 'VP Sales', company: 'Contoso Inc.', companyDomain: 'contoso.example', phone: '+1 (415) 555-0132', phones: ['+1 (415) 555-0132', '+1 415 555 0199'], website: 'https://contoso.example', linkedinUrl: 'https://www.linkedin.com/in/alice-moreau-example/', address: '500 Market Street, Suite 400, San Francisco, CA 94105' },
      { ...base, name: 'Bob Nguyen', email: 'bob.nguyen@contoso.example', companyDomain: 'contoso.example' },
      { ...base, name: 'Carla Jensen', email: 'carla.jensen.example@gmail.com' },
    ],
  },
  {
    fixture: '2025-09-thread-sv.html',
    what: 'Swedish UI ("jag", "till"), Swedish signature and disclaimer',
    want: [
      { ...base, name: 'Anna Lind', email: 'anna.lind@fjallbo.example', title: 'Försäljningschef', company: 'Fjällbo Trä AB', companyDomain: 'fjallbo.example', phone: '08-123 456 78', phones: ['08-123 456 78', '070-123 45 67'], website: 'https://www.fjallbo.example', address: 'Storgatan 12, 111 22 Stockholm' },
    ],
  },
  {
    fixture: '2025-08-thread-quoted-colleague.html',
    what: 'quoted colleagues\' signatures (Gmail quote, Outlook header) are not read as the sender\'s',
    want: [
      { ...base, name: 'María Santos', email: 'maria.santos@globex.example', companyDomain: 'globex.example' },
      { ...base, name: 'Jorge Ruiz', email: 'jorge.ruiz@globex.example', companyDomain: 'globex.example' },
      { ...base, name: 'Peter Quill', email: 'peter.quill@initech.example', companyDomain: 'initech.example' },
    ],
  },
  {
    fixture: '2025-08-thread-title.html',
    what: 'the user known only from the tab title; "CFO at Company"',
    want: [
      { ...base, name: 'Omar Haddad', email: 'omar.haddad@vandelay.example', title: 'CFO', company: 'Vandelay Industries', companyDomain: 'vandelay.example', phone: '+1 212 555 0188', phones: ['+1 212 555 0188'] },
    ],
  },
];

describe('detectGmail on each vintage', () => {
  it.each(VINTAGES)('$fixture: $what', ({ fixture, want }) => {
    expect(detectGmail(fixtureDoc(fixture), THREAD_URL)).toEqual(want);
  });

  it.each(VINTAGES)('$fixture: every result passes Prospect.safeParse', ({ fixture }) => {
    for (const prospect of detectGmail(fixtureDoc(fixture), THREAD_URL)) {
      expect(Prospect.safeParse(prospect).success).toBe(true);
    }
  });

  it('long thread (30 messages, 25 collapsed): one prospect per external person, signatures from expanded ones', () => {
    const prospects = detectGmail(fixtureDoc('2025-08-long-thread.html'), THREAD_URL);
    expect(prospects.map((p) => [p.email, p.title, p.company])).toEqual([
      ['dana.whitfield@northwind.example', 'Chief Operating Officer', 'Northwind Traders Ltd'],
      ['erik.holm@northwind.example', 'Inköpschef', 'Northwind Traders Ltd'],
      ['fatima.zahra@adatum.example', 'Directrice des achats', 'Adatum SAS'],
    ]);
    expect(prospects[2]?.address).toBe('12 rue de Rivoli, 75004 Paris');
    expect(prospects[0]?.website).toBe('https://northwind.example');
  });
});

describe('through detectProspects (lib/sites/index.ts)', () => {
  it('dispatches mail.google.com to the Gmail adapter', () => {
    const doc = fixtureDoc('2025-08-thread.html');
    const prospects = detectProspects(doc, THREAD_URL);
    expect(prospects.map((p) => p.email)).toEqual(['alice.moreau@contoso.example', 'bob.nguyen@contoso.example', 'carla.jensen.example@gmail.com']);
    expect(prospects).toEqual(detectGmail(doc, THREAD_URL));
  });
});

describe('pages without a conversation', () => {
  it('an inbox list yields nothing, at its own URL or a thread URL', () => {
    const doc = fixtureDoc('2025-08-inbox-list.html');
    expect(detectGmail(doc, LIST_URL)).toEqual([]);
    expect(detectGmail(doc, THREAD_URL)).toEqual([]);
  });

  it('a thread page served at a list or non-Gmail URL yields nothing', () => {
    const doc = fixtureDoc('2025-08-thread.html');
    expect(detectGmail(doc, LIST_URL)).toEqual([]);
    expect(detectGmail(doc, 'https://mail.google.com/mail/u/0/#settings/general')).toEqual([]);
    expect(detectGmail(doc, 'nonsense')).toEqual([]);
  });
});

describe('robustness', () => {
  it('caps page text: a 5,000-character name and title still give a valid prospect', () => {
    const long = 'A'.repeat(5000);
    const doc = parseHtml(`<title>x - me@example.com - Gmail</title>
      <div class="adn ads" data-legacy-message-id="198c6747aabb71a9"><h3 class="iw"><span class="gD" email="ann@b.example" name="${long}">x</span></h3>
      <div class="a3s aiL">Best,<br>${long}<br>Head of ${long}<br>+46 70 123 45 67</div></div>`);
    const [prospect] = detectGmail(doc, THREAD_URL);
    expect(prospect?.email).toBe('ann@b.example');
    expect(prospect?.name.length).toBeLessThanOrEqual(200);
    expect(Prospect.safeParse(prospect).success).toBe(true);
  });

  it('drops a participant whose address the schema rejects instead of failing', () => {
    const doc = parseHtml(`<div class="adn ads" data-legacy-message-id="198c6747aabb71a9"><h3 class="iw"><span class="gD" email="ann@localhost.x" name="Ann">Ann</span></h3></div>`);
    expect(detectGmail(doc, THREAD_URL)).toEqual([]);
  });

  it('never throws and only returns schema-valid prospects on arbitrary markup', () => {
    const attr = fc.constantFrom('email="a@b.example"', 'name="me"', 'name="Ann"', 'data-message-id="#msg-f:12"', 'data-legacy-message-id="zz"', 'class="adn ads"', 'class="gD"', 'class="a3s"', 'class="hb"', 'title="20 Aug 2025, 13:19"', '');
    const element = fc.tuple(fc.constantFrom('div', 'span', 'h3', 'blockquote', 'a', 'br'), attr, attr, fc.string({ maxLength: 30 }))
      .map(([tag, a, b, text]) => `<${tag} ${a} ${b}>${text.replace(/[<&]/g, ' ')}</${tag}>`);
    fc.assert(
      fc.property(fc.array(element, { maxLength: 40 }), (parts) => {
        const doc = parseHtml(`<div class="adn ads" data-message-id="#msg-f:99">${parts.join('')}</div>`);
        for (const prospect of detectGmail(doc, THREAD_URL)) expect(Prospect.safeParse(prospect).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
