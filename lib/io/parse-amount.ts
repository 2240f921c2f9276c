/**
 * A deal value as people type it: "12500", "12 500,50" (Swedish), "12,500.50", "1.234.567",
 * "€ 1 200", "1 200 kr". A lone comma followed by exactly three digits is a thousands separator
 * ("1,500" = 1500); any other lone comma or dot is the decimal mark. Undefined when it is not a number.
 */
export function parseAmount(raw: string): number | undefined {
  let text = raw
    .replace(/[\s'’]/g, '')
    .replace(/^[€$£¥]|[€$£¥]$/g, '')
    .replace(/^[A-Za-z]{3}(?=[-\d.,])|(?<=[\d.,])(kr|[A-Za-z]{3})$/g, '');
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  if (commas && dots) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (text.split(decimal).length > 2) return undefined;
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (commas || dots) {
    const mark = commas ? ',' : '.';
    const grouped = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`);
    const isThousands = (commas || dots) > 1 ? grouped.test(text) : mark === ',' && grouped.test(text);
    if (isThousands) text = text.split(mark).join('');
    else if ((commas || dots) > 1) return undefined;
    else text = text.replace(mark, '.');
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? (negative ? -value : value) : undefined;
}
