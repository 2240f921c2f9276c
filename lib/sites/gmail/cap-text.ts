/**
 * Page text with runs of whitespace (including the no-break and narrow no-break spaces Gmail
 * puts in dates and signatures) collapsed to one space, trimmed, and cut to `max` characters.
 */
export function capText(raw: string | null | undefined, max: number): string {
  if (!raw) return '';
  const text = raw.replace(/(?:\s|\u200b|\u200c|\u200d)+/g, ' ').trim();
  return text.length > max ? text.slice(0, max).trim() : text;
}

/** `capText`, or undefined when nothing is left. */
export function capOptional(raw: string | null | undefined, max: number): string | undefined {
  const text = capText(raw, max);
  return text ? text : undefined;
}
