import { useState } from 'react';
import type { Stage } from '../../lib/model';
import { useT } from '../i18n';
import { PRIMARY, SECONDARY } from './field-classes';
import { StageRemoval } from './StageRemoval';
import { StageRow } from './StageRow';

interface Props {
  stages: Stage[];
  counts: Readonly<Record<string, number>>;
  busy: boolean;
  onSave: (stages: Stage[]) => void;
  onRemove: (stageId: string, moveTo: string) => Promise<boolean>;
  newId: () => string;
}

/**
 * Rename, reorder and add stages, then save them together; removing a saved stage happens at
 * once, after asking where its leads go. Unsaved edits survive a removal.
 */
export function StageEditor({ stages, counts, busy, onSave, onRemove, newId }: Props) {
  const t = useT();
  const [draft, setDraft] = useState(stages);
  const [shown, setShown] = useState(stages);
  const [removing, setRemoving] = useState<string>();
  if (stages !== shown) {
    // Keep unsaved edits; drop only the stages the background no longer has.
    const gone = new Set(shown.filter((s) => !stages.some((n) => n.id === s.id)).map((s) => s.id));
    const dirty = JSON.stringify(draft) !== JSON.stringify(shown);
    setShown(stages);
    setDraft(dirty ? draft.filter((s) => !gone.has(s.id)) : stages);
  }
  const isSaved = (id: string) => stages.some((s) => s.id === id);
  const dirty = JSON.stringify(draft) !== JSON.stringify(stages);
  const valid = draft.every((s) => s.name.trim()) && draft.some((s) => s.kind === 'open');
  const move = (i: number, by: -1 | 1) => {
    const next = [...draft];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setDraft(next);
  };
  const remove = (stage: Stage) => (isSaved(stage.id) ? setRemoving(stage.id) : setDraft(draft.filter((s) => s.id !== stage.id)));
  const add = () => setDraft([...draft.filter((s) => s.kind === 'open'), { id: `stage-${newId()}`, name: t('optionsNewStage'), kind: 'open', probability: 0.1, idleDays: 14 }, ...draft.filter((s) => s.kind !== 'open')]);
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-2">
        {draft.map((stage, i) => (
          <li key={stage.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <StageRow stage={stage} leads={counts[stage.id] ?? 0} first={i === 0} last={i === draft.length - 1}
              onChange={(next) => setDraft(draft.map((s) => (s.id === stage.id ? next : s)))}
              onMove={(by) => move(i, by)} onRemove={() => remove(stage)} />
            {removing === stage.id && (
              <StageRemoval stage={stage} leads={counts[stage.id] ?? 0} busy={busy}
                targets={stages.filter((s) => s.id !== stage.id)}
                onCancel={() => setRemoving(undefined)}
                onConfirm={(moveTo) => void onRemove(stage.id, moveTo).then((ok) => ok && setRemoving(undefined))} />
            )}
          </li>
        ))}
      </ol>
      <div className="flex gap-2">
        <button type="button" className={SECONDARY} onClick={add} data-testid="add-stage">{t('optionsAddStage')}</button>
        <button type="button" className={PRIMARY} disabled={!dirty || !valid || busy} onClick={() => onSave(draft)} data-testid="save-stages">
          {t('optionsSaveStages')}
        </button>
      </div>
    </div>
  );
}
