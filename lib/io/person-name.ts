/**
 * First and last name for CRMs that want them apart. The last word is the last name: right for
 * "Åsa Öberg" and "Jürgen Klein", wrong for "Ludwig van Beethoven" (last name "Beethoven"),
 * which the user can fix in the CRM. A one-word name, such as "李雷", is all last name, because
 * Salesforce requires a last name and not a first one.
 */
export function splitName(name: string): { first: string; last: string } {
  const trimmed = name.trim();
  const cut = trimmed.search(/\s+\S+$/);
  if (cut < 0) return { first: '', last: trimmed };
  return { first: trimmed.slice(0, cut), last: trimmed.slice(cut).trim() };
}

/** The inverse of `splitName`, for import: either part may be missing. */
export function joinName(first: string | undefined, last: string | undefined): string {
  return [first?.trim(), last?.trim()].filter(Boolean).join(' ');
}
