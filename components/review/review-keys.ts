/** What a key press in the review does; letters work anywhere in the panel, like Gmail's. */
export type ReviewCommand = 'archive' | 'lost' | 'snooze' | 'touch' | 'next' | 'move' | 'forward' | 'back' | 'select';

/** Forms a command opens for the current lead (or, for the first four, the selection). */
export type FormMode = 'archive' | 'lost' | 'snooze' | 'touch' | 'next' | 'move';
export const BULK_MODES: readonly FormMode[] = ['archive', 'lost', 'snooze', 'touch'];

const KEYS: Record<string, ReviewCommand> = {
  a: 'archive',
  l: 'lost',
  s: 'snooze',
  t: 'touch',
  n: 'next',
  m: 'move',
  j: 'forward',
  k: 'back',
  x: 'select',
  ArrowDown: 'forward',
  ArrowRight: 'forward',
  ArrowUp: 'back',
  ArrowLeft: 'back',
};

/** The key each form's button shows as its shortcut. */
export const SHORTCUT: Record<FormMode, string> = { archive: 'a', lost: 'l', snooze: 's', touch: 't', next: 'n', move: 'm' };

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The command for a key event, or undefined when the key belongs to a field or a shortcut of the browser. */
export function commandFor(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, target: EventTarget | null): ReviewCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (element?.tagName && (EDITABLE.has(element.tagName) || element.isContentEditable)) return undefined;
  return KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
}
