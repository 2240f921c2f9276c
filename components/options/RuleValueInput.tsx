import { useState } from 'react';
import type { CustomRule } from '../../lib/model';
import { useT } from '../i18n';
import { INPUT, LABEL } from './field-classes';
import { NumberField } from './NumberField';

/** "a, b," → ["a", "b"]. */
export const splitList = (text: string) => text.split(',').map((v) => v.trim()).filter(Boolean);

/** A comma-separated list that keeps what is typed (a trailing comma included) while editing. */
function ListInput({ label, value, onChange }: { label: string; value: string[]; onChange: (value: string[]) => void }) {
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value.join(', '));
  }
  return (
    <label className={LABEL}>
      {label}
      <input className={`${INPUT} w-48`} maxLength={2000} value={text} onChange={(e) => {
        const next = splitList(e.target.value);
        setText(e.target.value);
        setShown(next);
        onChange(next);
      }} />
    </label>
  );
}

/** The value part of a rule, shaped by its operator: none, a number, a list or a text. */
export function RuleValueInput({ rule, onChange }: { rule: CustomRule; onChange: (rule: CustomRule) => void }) {
  const t = useT();
  const label = t('optionsRuleValue');
  switch (rule.operator) {
    case 'exists':
      return null;
    case 'gte':
    case 'lte':
      return <NumberField label={label} value={rule.value} className="w-28" onChange={(value) => onChange({ ...rule, value })} />;
    case 'in':
      return <ListInput label={label} value={rule.value} onChange={(value) => onChange({ ...rule, value })} />;
    default:
      return (
        <label className={LABEL}>
          {label}
          <input className={`${INPUT} w-48`} maxLength={200} value={rule.value} onChange={(e) => onChange({ ...rule, value: e.target.value })} />
        </label>
      );
  }
}
