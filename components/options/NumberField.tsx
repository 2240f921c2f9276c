import { useState } from 'react';
import { INPUT, LABEL } from './field-classes';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** Keep the label for screen readers only (in tables, where a column header shows it). */
  hideLabel?: boolean;
  testId?: string;
  className?: string;
}

/**
 * A labelled number input that keeps what is typed ("", "-") while only finite numbers reach
 * `onChange`; a new `value` from outside (a suggestion applied, a reset) replaces the text.
 */
export function NumberField({ label, value, onChange, min, max, step = 1, hideLabel, testId, className = 'w-20' }: Props) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }
  return (
    <label className={hideLabel ? 'block' : LABEL}>
      <span className={hideLabel ? 'sr-only' : undefined}>{label}</span>
      <input
        type="number"
        className={`${INPUT} ${className}`}
        value={text}
        min={min}
        max={max}
        step={step}
        data-testid={testId}
        onChange={(e) => {
          const raw = e.target.value;
          setText(raw);
          const n = Number(raw);
          if (raw.trim() !== '' && Number.isFinite(n)) {
            setShown(n);
            onChange(n);
          }
        }}
      />
    </label>
  );
}
