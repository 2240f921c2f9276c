import type { CustomRule, ScoringModel } from '../../lib/model';
import { useT } from '../i18n';
import { MUTED, SECONDARY } from './field-classes';
import { CustomRuleRow } from './CustomRuleRow';

interface Props {
  model: ScoringModel;
  onChange: (model: ScoringModel) => void;
  newId: () => string;
}

/** The user's own fit rules: every matching rule adds its points. */
export function CustomRules({ model, onChange, newId }: Props) {
  const t = useT();
  const rules = model.fit.custom;
  const setRules = (custom: CustomRule[]) => onChange({ ...model, fit: { ...model.fit, custom } });
  const add = () =>
    setRules([...rules, { id: `custom.${newId()}`, label: t('optionsNewRule'), points: 10, field: 'tags', operator: 'exists' }]);
  return (
    <div>
      <h3 className="text-sm font-semibold">{t('optionsCustomRules')}</h3>
      <p className={`text-xs ${MUTED}`}>{t('optionsCustomRulesHint')}</p>
      {rules.length ? (
        <ul>
          {rules.map((rule, i) => (
            <CustomRuleRow
              key={rule.id}
              rule={rule}
              onChange={(next) => setRules(rules.map((r, j) => (j === i ? next : r)))}
              onRemove={() => setRules(rules.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      ) : (
        <p className={`my-2 ${MUTED}`}>{t('optionsNoRules')}</p>
      )}
      <button type="button" className={`${SECONDARY} mt-2`} onClick={add} data-testid="add-rule">{t('optionsAddRule')}</button>
    </div>
  );
}
