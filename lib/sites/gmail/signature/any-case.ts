/**
 * A regex source with each cased letter as `[xX]`: the match of the `i` flag without its cost.
 * With `u`, V8 case-folds every class and literal when it compiles an `i` pattern, milliseconds
 * for the long alternations here on every page's first use (bench, 2026-11-27). Only for
 * sources without letter escapes (`\s`, `\p{L}`): pass the words, not the whole pattern.
 */
export function anyCase(source: string): string {
  return [...source]
    .map((c) => {
      const [lower, upper] = [c.toLowerCase(), c.toUpperCase()];
      return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : c;
    })
    .join('');
}
