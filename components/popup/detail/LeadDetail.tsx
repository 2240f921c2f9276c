import { useCallback, useState } from 'react';
import { countYes, type Lead, type Settings, type Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { MoveDialog, type MoveStep } from '../move/MoveDialog';
import { useLeadActions } from '../move/use-lead-actions';
import { BantEditor } from './BantEditor';
import { DealEditor } from './DealEditor';
import { DetailHeader } from './DetailHeader';
import { FieldsEditor } from './FieldsEditor';
import { ForgetButton } from './ForgetButton';
import { NotesEditor } from './NotesEditor';
import { ScoreReasons } from './ScoreReasons';
import { Section } from './Section';
import { TagsEditor } from './TagsEditor';
import { Timeline } from './Timeline';
import { type LeadChange, useLead } from './use-lead';

interface Props {
  id: string;
  settings: Settings;
  addLostReason: (reason: string) => Promise<void>;
  onBack: () => void;
  announce: (text: string) => void;
}

/** Everything about one lead, every field editable; changes save as they are made. */
export function LeadDetail({ id, settings, addLostReason, onBack, announce }: Props) {
  const t = useT();
  const { lead, activities, error, update, remove, reload } = useLead(id);
  const [step, setStep] = useState<MoveStep | null>(null);
  const describe = useCallback((l: Lead, stage: Stage) => t('movedTo', l.name, stage.name), [t]);
  const actions = useLeadActions({ addLostReason, onChanged: reload, announce, describe });
  if (!lead) {
    return error
      ? <p role="alert" className="p-6 text-sm">{t('leadNotFound')} <button type="button" onClick={onBack} className="underline">{t('backToPipeline')}</button></p>
      : <p role="status" className="p-6 text-center text-sm">{t('loading')}</p>;
  }
  const save = (change: LeadChange) => void update(change).then((ok) => ok && announce(t('saved')));
  const close = () => setStep(null);
  const closeIf = (ok: boolean) => ok && close();
  const problem = actions.error ?? error;
  return (
    <article data-testid="lead-detail" aria-labelledby="lead-detail-name" className="h-full overflow-auto">
      <DetailHeader lead={lead} stage={settings.stages.find((s) => s.id === lead.stageId)} qualified={countYes(lead) >= settings.qualifiedMinYes} onBack={onBack} onMove={setStep} />
      {problem && <p role="alert" className="mx-3 mb-2 rounded bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{t('errorPrefix', problem)}</p>}
      <Section title={t('qualification')}>
        <BantEditor bant={lead.bant} onSave={(bant) => save({ qualification: { bant } })} />
      </Section>
      <Section title={t('deal')}>
        <DealEditor lead={lead} onSave={save} />
      </Section>
      <Section title={t('score')}>
        <ScoreReasons score={lead.score} />
      </Section>
      <Section title={t('tags')}>
        <TagsEditor tags={lead.tags} onSave={(tags) => save({ tags })} />
      </Section>
      <Section title={t('notes')}>
        <NotesEditor notes={lead.notes} onAdd={(notes) => update({ qualification: { notes } })} />
      </Section>
      <Section title={t('details')}>
        <FieldsEditor lead={lead} onSave={(fields) => save({ fields })} />
      </Section>
      <Section title={t('activity')}>
        <Timeline activities={activities} />
      </Section>
      <Section title={t('privacy')}>
        <ForgetButton
          name={lead.name}
          onForget={async () => {
            try {
              if (await remove()) {
                announce(t('forgotten', lead.name));
                onBack();
              }
            } catch (e) {
              announce(t('errorPrefix', e instanceof Error ? e.message : String(e)));
            }
          }}
        />
      </Section>
      {step && (
        <MoveDialog
          lead={lead}
          stages={settings.stages}
          lostReasons={settings.lostReasons}
          step={step}
          onMove={(stage) => void actions.move(lead, stage).then(closeIf)}
          onWon={(stage, value, currency) => void actions.win(lead, stage, value, currency).then(closeIf)}
          onLost={(stage, reason, isNew) => void actions.lose(lead, stage, reason, isNew).then(closeIf)}
          onClose={close}
        />
      )}
    </article>
  );
}
