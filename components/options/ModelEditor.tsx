import type { ScoringModel } from '../../lib/model';
import { CriteriaTable } from './CriteriaTable';
import { CustomRules } from './CustomRules';
import { ModelBasics } from './ModelBasics';

interface Props {
  model: ScoringModel;
  onChange: (model: ScoringModel) => void;
  newId: () => string;
}

/** The whole scoring model as a form: every edit hands back a new draft. */
export function ModelEditor({ model, onChange, newId }: Props) {
  return (
    <div className="flex flex-col gap-5">
      <ModelBasics model={model} onChange={onChange} />
      {/* Fit has the most criteria: it fills one column, engagement and qualification share the other. */}
      <div className="grid gap-5 xl:grid-cols-2">
        <CriteriaTable model={model} part="fit" onChange={onChange} />
        <div className="flex flex-col gap-5">
          <CriteriaTable model={model} part="engagement" onChange={onChange} />
          <CriteriaTable model={model} part="qualification" onChange={onChange} />
        </div>
      </div>
      <CustomRules model={model} onChange={onChange} newId={newId} />
    </div>
  );
}
