import { type CustomRule, RULE_FIELDS, type RuleField, type RuleOperator } from '../../lib/model';
import { type MessageKey, useT } from '../i18n';
import { ICON_BUTTON, INPUT, LABEL } from './field-classes';
import { NumberField } from './NumberField';
import { RuleValueInput, splitList } from './RuleValueInput';

const OPERATORS: Record<RuleOperator, MessageKey> = {
  equals: 'optionsOpEquals',
  contains: 'optionsOpContains',
  startsWith: 'optionsOpStartsWith',
  in: 'optionsOpIn',
  exists: 'optionsOpExists',
  gte: 'optionsOpGte',
  lte: 'optionsOpLte',
};
const fieldKey = (field: RuleField) => `optionsField_${field}` as MessageKey;

/** The rule with another operator, its value carried over where the types allow. */
export function withOperator(rule: CustomRule, operator: RuleOperator): CustomRule {
  const base = { id: rule.id, label: rule.label, points: rule.points, field: rule.field };
  const text = 'value' in rule ? (Array.isArray(rule.value) ? rule.value.join(', ') : String(rule.value)) : '';
  switch (operator) {
    case 'exists':
      return { ...base, operator };
    case 'gte':
    case 'lte':
      return { ...base, operator, value: Number.parseFloat(text) || 0 };
    case 'in':
      return { ...base, operator, value: splitList(text) };
    default:
      return { ...base, operator, value: text };
  }
}

interface Props {
  rule: CustomRule;
  onChange: (rule: CustomRule) => void;
  onRemove: () => void;
}

/** One of the user's own fit rules: name, field, condition, value and points. */
export function CustomRuleRow({ rule, onChange, onRemove }: Props) {
  const t = useT();
  return (
    <li className="flex flex-wrap items-end gap-2 border-b border-slate-100 py-2 last:border-0 dark:border-slate-800" data-testid="custom-rule">
      <label className={LABEL}>
        {t('optionsRuleLabel')}
        <input className={`${INPUT} w-44`} maxLength={80} value={rule.label} onChange={(e) => onChange({ ...rule, label: e.target.value })} />
      </label>
      <label className={LABEL}>
        {t('optionsRuleField')}
        <select className={INPUT} aria-label={t('optionsRuleField')} value={rule.field} onChange={(e) => onChange({ ...rule, field: e.target.value as RuleField })}>
          {RULE_FIELDS.map((field) => <option key={field} value={field}>{t(fieldKey(field))}</option>)}
        </select>
      </label>
      <label className={LABEL}>
        {t('optionsRuleOperator')}
        <select className={INPUT} aria-label={t('optionsRuleOperator')} value={rule.operator} onChange={(e) => onChange(withOperator(rule, e.target.value as RuleOperator))}>
          {Object.entries(OPERATORS).map(([op, key]) => <option key={op} value={op}>{t(key)}</option>)}
        </select>
      </label>
      <RuleValueInput rule={rule} onChange={onChange} />
      <NumberField label={t('optionsPoints')} value={rule.points} min={-100} max={100} onChange={(points) => onChange({ ...rule, points })} />
      <button type="button" className={ICON_BUTTON} aria-label={t('optionsRemoveRule', rule.label)} onClick={onRemove}>✕</button>
    </li>
  );
}
