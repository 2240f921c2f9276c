import { monthIndex } from './labels';

/**
 * Parse the full date Gmail shows in `span.g3[title]`, best effort, into epoch milliseconds.
 *
 * Gmail formats it in the user's language and time zone and never says which zone, so the
 * wall-clock time shown is interpreted as **UTC**: the result is the same on every machine,
 * and is off from the true instant by the user's UTC offset. Formats seen or expected:
 * "Thu, Dec 18, 2014 at 12:35 PM" (G1), "20 Aug 2025, 13:19" (2025-08 capture),
 * "Aug 20, 2025, 1:19 PM", "20 aug. 2025 13:19", "ons 20 aug. 2025 kl. 13:19", "2025-08-20 13:19".
 * Anything without a year, or with an all-numeric day/month order we cannot tell apart
 * ("08/09/2025"), gives undefined rather than a guess.
 */
export function parseGmailDate(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  let text = raw.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim().slice(0, 120);
  if (!text) return undefined;

  let hours = 0;
  let minutes = 0;
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])\.?\s?m\b\.?|(\d{1,2}):(\d{2})(?::\d{2})?/.exec(text);
  if (time) {
    const h = Number(time[1] ?? time[4]);
    minutes = Number(time[2] ?? time[5]);
    const meridiem = time[3];
    if (meridiem) {
      if (h < 1 || h > 12) return undefined;
      hours = (h % 12) + (meridiem === 'p' ? 12 : 0);
    } else {
      hours = h;
    }
    text = text.slice(0, time.index) + ' ' + text.slice(time.index + time[0].length);
  }
  if (hours > 23 || minutes > 59) return undefined;

  const ymd = parseDay(text);
  if (!ymd) return undefined;
  const [year, month, day] = ymd;
  const ms = Date.UTC(year, month, day, hours, minutes);
  // Reject 31 Feb and friends: Date.UTC would silently roll them over.
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms;
}

/** [year, zero-based month, day] from the date part (time already removed). */
function parseDay(text: string): [number, number, number] | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];

  const words = text.match(/[\p{L}]+\.?/gu) ?? [];
  // The last month word: a leading weekday may itself look like a month (fr/es "mar.").
  let month: number | undefined;
  for (const word of words) month = monthIndex(word) ?? month;
  if (month === undefined) return undefined;

  const numbers = (text.match(/\b\d{1,4}\b/g) ?? []).map(Number);
  const year = numbers.find((n) => n >= 1990 && n <= 2100);
  const day = numbers.find((n) => n >= 1 && n <= 31);
  if (year === undefined || day === undefined) return undefined;
  return [year, month, day];
}
