import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../../components/review/review-keys';

const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const on = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as EventTarget;

describe('review one-key commands', () => {
  it.each([
    ['a', 'archive'], ['L', 'lost'], ['s', 'snooze'], ['t', 'touch'], ['n', 'next'], ['m', 'move'],
    ['j', 'forward'], ['ArrowDown', 'forward'], ['k', 'back'], ['ArrowUp', 'back'], ['x', 'select'],
  ])('%s on a button → %s', (k, command) => {
    expect(commandFor(key(k), on('BUTTON'))).toBe(command);
  });

  it.each([['INPUT'], ['TEXTAREA'], ['SELECT']])('leaves typing in a %s alone', (tag) => {
    expect(commandFor(key('a'), on(tag))).toBeUndefined();
  });

  it('leaves rich text, browser shortcuts and unmapped keys alone', () => {
    expect(commandFor(key('a'), on('DIV', true))).toBeUndefined();
    expect(commandFor(key('a', { ctrlKey: true }), on('BODY'))).toBeUndefined();
    expect(commandFor(key('l', { metaKey: true }), on('BODY'))).toBeUndefined();
    expect(commandFor(key('q'), on('BODY'))).toBeUndefined();
    expect(commandFor(key('Enter'), null)).toBeUndefined();
  });
});
