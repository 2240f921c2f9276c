import type { CustomRule, RuleField, ScoredLead } from '../model';
import { parseCompanySize } from './company-size';
import { normalizeText } from './keywords';

export type LeadPredicate = (lead: ScoredLead) => boolean;

/** The field's values as text: one for a text field, each tag for `tags`, none when empty. */
function textValues(lead: ScoredLead, field: RuleField): string[] {
  if (field === 'tags') return lead.tags.map(normalizeText);
  const value = field === 'dealValue' ? lead.dealValue : lead[field];
  if (value === undefined) return [];
  const text = normalizeText(String(value).trim());
  return text ? [text] : [];
}

/** The field as a number: deal value, a company size's head count, else the text's first number. */
function numberValue(lead: ScoredLead, field: RuleField): number | undefined {
  if (field === 'dealValue') return lead.dealValue;
  if (field === 'companySize') return parseCompanySize(lead.companySize);
  const match = /-?\d+(?:\.\d+)?/.exec(textValues(lead, field)[0] ?? '');
  return match ? Number(match[0]) : undefined;
}

/**
 * A custom rule as a predicate over a lead. Text comparisons ignore case and surrounding
 * space; for `tags`, a rule holds when any tag satisfies it.
 */
export function compileRule(rule: CustomRule): LeadPredicate {
  const { field } = rule;
  switch (rule.operator) {
    case 'exists':
      return (lead) => textValues(lead, field).length > 0;
    case 'equals': {
      const want = normalizeText(rule.value.trim());
      return (lead) => textValues(lead, field).some((v) => v === want);
    }
    case 'contains': {
      const want = normalizeText(rule.value.trim());
      return (lead) => textValues(lead, field).some((v) => v.includes(want));
    }
    case 'startsWith': {
      const want = normalizeText(rule.value.trim());
      return (lead) => textValues(lead, field).some((v) => v.startsWith(want));
    }
    case 'in': {
      const wanted = new Set(rule.value.map((v) => normalizeText(v.trim())));
      return (lead) => textValues(lead, field).some((v) => wanted.has(v));
    }
    case 'gte':
    case 'lte': {
      const { value, operator } = rule;
      return (lead) => {
        const n = numberValue(lead, field);
        return n !== undefined && (operator === 'gte' ? n >= value : n <= value);
      };
    }
  }
}
