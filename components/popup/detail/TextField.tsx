import { type HTMLInputTypeAttribute, type KeyboardEvent, useRef } from 'react';
import { field } from '../styles';
import { useDraft } from '../use-draft';

interface Props {
  label: string;
  value: string;
  onSave: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  maxLength?: number;
  inputMode?: 'text' | 'decimal' | 'email' | 'tel' | 'url';
  testId?: string;
  className?: string;
  /** Keeps the label for screen readers only; the placeholder says what goes in. */
  hideLabel?: boolean;
  placeholder?: string;
}

/** A labelled input that saves when it loses focus or on Enter; Escape puts the saved value back. */
export function TextField({ label, value, onSave, type = 'text', maxLength, inputMode, testId, className = '', hideLabel = false, placeholder }: Props) {
  const [shown, setDraft, reset] = useDraft(value);
  const committed = useRef<string | null>(null);

  function commit() {
    if (shown === value || shown === committed.current) return;
    committed.current = shown;
    onSave(shown);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && shown !== value) {
      event.stopPropagation();
      committed.current = null;
      reset();
    }
  }

  return (
    <label className={`flex flex-col text-xs font-medium text-slate-700 dark:text-slate-200 ${className}`}>
      {hideLabel ? <span className="sr-only">{label}</span> : label}
      <input
        placeholder={placeholder}
        className={field}
        type={type}
        value={shown}
        maxLength={maxLength}
        inputMode={inputMode}
        onChange={(e) => {
          committed.current = null;
          setDraft(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
    </label>
  );
}
