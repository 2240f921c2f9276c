// Dates from `span.g3[title]`, read as UTC wall-clock time (see lib/sites/gmail/dates.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGmailDate } from '../../../../lib/sites/gmail';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('parseGmailDate', () => {
  it.each([
    ['Thu, Dec 18, 2014 at 12:35 PM', utc(2014, 12, 18, 12, 35)], // G1 (2014 inbox list)
    ['Mon, Nov 17, 2014 at 11:29 AM', utc(2014, 11, 17, 11, 29)],
    ['Wed, Dec 10, 2014 at 6:02 AM', utc(2014, 12, 10, 6, 2)],
    ['Tue, May 17, 2016 at 12:05 AM', utc(2016, 5, 17, 0, 5)],
    ['20 Aug 2025, 13:19', utc(2025, 8, 20, 13, 19)], // 2025-08 capture
    ['Aug 20, 2025, 1:19\u202fPM', utc(2025, 8, 20, 13, 19)],
    ['Wed, 20 Aug 2025 at 13:19', utc(2025, 8, 20, 13, 19)],
    ['Wed, Dec 4, 2019, 8:02 AM', utc(2019, 12, 4, 8, 2)],
    ['20 aug. 2025 13:19', utc(2025, 8, 20, 13, 19)],
    ['ons 20 aug. 2025 kl. 15:40', utc(2025, 8, 20, 15, 40)],
    ['3 maj 2024 08:05', utc(2024, 5, 3, 8, 5)],
    ['1 okt. 2023 23:59', utc(2023, 10, 1, 23, 59)],
    ['mar. 19 août 2025 10:02', utc(2025, 8, 19, 10, 2)],
    ['Di., 19. Aug. 2025, 10:02', utc(2025, 8, 19, 10, 2)],
    ['2025-08-20 13:19', utc(2025, 8, 20, 13, 19)],
    ['20 Aug 2025', utc(2025, 8, 20)],
  ])('%s', (title, expected) => {
    expect(parseGmailDate(title)).toBe(expected);
  });

  it.each([
    [undefined], [''], ['13:19 (2 hours ago)'], ['Aug 20'], ['08/09/2025 10:00'], ['31 Feb 2025, 10:00'],
    ['20 Aug 2025, 25:10'], ['20 Aug 2025, 13:61 PM'], ['yesterday'], ['Thu, Dec 18, 2014 at 13:35 PM'],
  ])('%s gives undefined', (title) => {
    expect(parseGmailDate(title)).toBeUndefined();
  });

  it('reads any en-GB, en-US and sv title it could be shown back exactly', () => {
    const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const sv = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
    const date = fc.date({ min: new Date('2004-04-01T00:00:00Z'), max: new Date('2099-12-31T23:59:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.constantFrom('gb', 'us', 'sv'), (d, style) => {
        const [y, m, day, h, min] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
        const mm = String(min).padStart(2, '0');
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const title =
          style === 'gb' ? `${day} ${en[m]} ${y}, ${String(h).padStart(2, '0')}:${mm}`
          : style === 'us' ? `${en[m]} ${day}, ${y}, ${h12}:${mm} ${h < 12 ? 'AM' : 'PM'}`
          : `${day} ${sv[m]} ${y} ${h}:${mm}`;
        expect(parseGmailDate(title)).toBe(Date.UTC(y, m, day, h, min));
      }),
    );
  });

  it('never throws and returns an integer or undefined for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const value = parseGmailDate(text);
        expect(value === undefined || Number.isInteger(value)).toBe(true);
      }),
    );
  });
});
