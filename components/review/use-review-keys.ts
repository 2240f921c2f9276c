import { type RefObject, useEffect, useRef } from 'react';
import { commandFor, type ReviewCommand } from './review-keys';

/**
 * One-key commands while the panel is on screen and no form is open. Letters work wherever focus
 * is (the popup opens with focus on its tab bar); arrows only inside the panel, since the tab
 * bar uses them to move between tabs.
 */
export function useReviewKeys(root: RefObject<HTMLElement | null>, paused: boolean, run: (command: ReviewCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (paused) return;
    const onKey = (event: KeyboardEvent) => {
      const panel = root.current;
      if (!panel || panel.getClientRects().length === 0) return;
      const command = commandFor(event, event.target);
      if (!command) return;
      if (event.key.startsWith('Arrow') && !(event.target instanceof Node && panel.contains(event.target))) return;
      event.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root, paused]);
}
