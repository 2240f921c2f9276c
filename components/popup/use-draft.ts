import { useState } from 'react';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * An edit shown in place of the saved value until the saved value moves on (the save landed,
 * or something else changed it), so a control never flicks back while a save is on its way.
 */
export function useDraft<T>(saved: T): [T, (next: T) => void, () => void] {
  const [draft, setDraft] = useState<{ value: T; base: T } | null>(null);
  const shown = draft && same(draft.base, saved) ? draft.value : saved;
  return [shown, (value) => setDraft({ value, base: saved }), () => setDraft(null)];
}
