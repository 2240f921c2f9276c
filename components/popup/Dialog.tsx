import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href]';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A modal dialog: focus moves into it and stays there, Escape closes it, and focus returns
 * to whatever opened it.
 */
export function Dialog({ title, onClose, children, testId }: Props) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  // Read while rendering, before a field inside takes focus with autoFocus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    // A field with autoFocus has taken focus already; otherwise the first control gets it.
    if (!box.current?.contains(document.activeElement)) box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [first, last] = [items[0], items[items.length - 1]];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="fixed inset-0 z-20 flex items-center justify-center bg-slate-900/50 p-4" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        onKeyDown={onKeyDown}
        data-testid={testId}
        className="flex max-h-full w-full max-w-sm flex-col gap-3 overflow-auto rounded-lg bg-white p-4 text-slate-900 shadow-xl dark:bg-slate-800 dark:text-slate-100"
      >
        <h2 id={id} className="text-base font-semibold">{title}</h2>
        {children}
      </div>
    </div>
  );
}
