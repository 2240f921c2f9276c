import { type ReactNode, useEffect, useRef } from 'react';
import { SUCCESS } from './data-classes';

/** A finished step's message; it takes the focus, since the button that led here is gone. */
export function DoneMessage({ children, testId }: { children: ReactNode; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} role="status" className={`flex flex-wrap items-center gap-3 focus:outline-2 focus:outline-indigo-600 ${SUCCESS}`} data-testid={testId}>
      {children}
    </div>
  );
}
