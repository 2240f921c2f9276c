import type { ScorePart, ScoringModel } from '../../lib/model';
import { listCriteria, setCriterionPoints } from '../../lib/scoring';
import { type MessageKey, useT } from '../i18n';
import { NumberField } from './NumberField';

export const PART_LABEL: Record<ScorePart, MessageKey> = {
  fit: 'optionsPartFit',
  engagement: 'optionsPartEngagement',
  qualification: 'optionsPartQualification',
};

interface Props {
  model: ScoringModel;
  part: ScorePart;
  onChange: (model: ScoringModel) => void;
}

/**
 * The built-in criteria of one part with their points (on the part's own −100…100 scale).
 * The user's own rules are edited in CustomRules.
 */
export function CriteriaTable({ model, part, onChange }: Props) {
  const t = useT();
  const custom = new Set(model.fit.custom.map((rule) => rule.id));
  const rows = listCriteria(model).filter((c) => c.part === part && !custom.has(c.id));
  const caption = `${t(PART_LABEL[part])} — ${t('optionsCriteria')}`;
  return (
    <table className="w-full self-start text-sm">
      <caption className="pb-1 text-left text-sm font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <th scope="col" className="py-1 font-medium">{t('optionsCriterion')}</th>
          <th scope="col" className="w-24 py-1 text-right font-medium">{t('optionsPoints')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 text-left font-normal">{c.label}</th>
            <td className="py-1 text-right">
              <NumberField hideLabel label={t('optionsPointsFor', c.label)} value={c.points} min={-100} max={100}
                testId={`criterion-${c.id}`} onChange={(n) => onChange(setCriterionPoints(model, c.id, n))} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
