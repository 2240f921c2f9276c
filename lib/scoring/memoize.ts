/**
 * A pure function of a string, remembered: titles, industries, size bands and locations repeat
 * across thousands of leads, and a re-score should not run the same regexes on each. Forgets
 * everything at `limit` entries so memory stays bounded on data where nothing repeats.
 */
export function memoize<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as T;
    if (seen.size >= limit) seen.clear();
    const value = fn(key);
    seen.set(key, value);
    return value;
  };
}
