import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Lead, Settings, Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { whenIdle } from '../lazy-view';
import type { MoveStep } from '../move/MoveDialog';
import { useLeadActions } from '../move/use-lead-actions';
import { useRemote } from '../use-remote';
import { MoveDialogView, prefetchViews } from '../views';
import { FilterBar } from './FilterBar';
import { isFiltered, LIST_CACHE_KEY, LIST_LIMIT, NO_FILTERS, queryFor } from './filters';
import { LeadList } from './LeadList';
import { listItems, neighbourStage, ROW_KEYS_HINT_ID } from './list-items';
import { StageStrip } from './StageStrip';
import { useLeadList } from './use-lead-list';

interface Props {
  settings: Settings;
  addLostReason: (reason: string) => Promise<void>;
  now: number;
  onOpenLead: (id: string) => void;
  announce: (text: string) => void;
  /** Called once the first rows (or the answer that there are none) are drawn. */
  onDrawn?: () => void;
}

/** The pipeline: a box per open stage, search and filters, and the leads by score under their stage. */
export function PipelineView({ settings, addLostReason, now, onOpenLead, announce, onDrawn }: Props) {
  const t = useT();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [refresh, setRefresh] = useState(0);
  const [dialog, setDialog] = useState<{ lead: Lead; step: MoveStep } | null>(null);
  const [focus, setFocus] = useState<{ id: string; index: number; after: unknown }>();
  const filtered = isFiltered(filters);
  const leads = useLeadList(queryFor(filters), { cacheKey: filtered ? undefined : LIST_CACHE_KEY, refresh });
  const drawn = leads.data !== undefined || leads.error !== undefined;
  // The stage counts read every lead; they are asked for once the list is answered, so the
  // worker serves the rows first.
  const board = useRemote('pipeline.board', {}, { cacheKey: 'default', refresh, enabled: drawn && !leads.partial });
  // Before the browser paints: the first paint's copy of the board goes in the same frame.
  useLayoutEffect(() => {
    if (drawn) onDrawn?.();
  }, [drawn, onDrawn]);
  // The other views' code loads once the first rows are drawn, so opening one later is instant.
  useEffect(() => (drawn ? whenIdle(prefetchViews) : undefined), [drawn]);
  const stages = settings.stages;
  const items = useMemo(() => listItems(leads.data?.items ?? [], stages, !filters.stageId), [leads.data, stages, filters.stageId]);
  const describe = useCallback((lead: Lead, stage: Stage) => t('movedTo', lead.name, stage.name), [t]);
  const onChanged = useCallback(() => setRefresh((n) => n + 1), []);
  const actions = useLeadActions({ addLostReason, onChanged, announce, describe });

  /** Keeps keyboard focus on the lead (or its place) once the list has reloaded. */
  const keepFocus = (lead: Lead) =>
    setFocus({ id: lead.id, index: items.findIndex((i) => i.kind === 'lead' && i.lead.id === lead.id), after: leads.data });

  // Where a lead is going while the list still shows where it was: quick repeated [ or ] keep stepping.
  const moving = useRef(new Map<string, { to: string; list: unknown }>());
  function step(lead: Lead, direction: -1 | 1) {
    const pending = moving.current.get(lead.id);
    const from = pending && pending.list === leads.data ? pending.to : lead.stageId;
    const target = neighbourStage(stages, from, direction);
    if (target) {
      moving.current.set(lead.id, { to: target.id, list: leads.data });
      keepFocus(lead);
      void actions.move(lead, target);
    } else if (direction === 1 && stages.some((s) => s.id === from && s.kind === 'open')) {
      setDialog({ lead, step: 'won' });
    }
  }

  function drop(leadId: string, stageId: string) {
    const item = items.find((i) => i.kind === 'lead' && i.lead.id === leadId);
    const stage = stages.find((s) => s.id === stageId);
    if (item?.kind === 'lead' && stage && item.lead.stageId !== stageId) void actions.move(item.lead, stage);
  }

  const close = () => setDialog(null);
  const done = (lead: Lead) => (ok: boolean) => ok && (keepFocus(lead), close());
  const error = actions.error ?? leads.error ?? board.error;
  const columns = board.data?.columns.filter((c) => c.stage.kind === 'open');
  const focusTarget = focus && focus.after !== leads.data ? focus : undefined;
  return (
    <div className="flex h-full flex-col">
      {columns ? (
        <StageStrip columns={columns} selected={filters.stageId} onSelect={(stageId) => setFilters({ ...filters, stageId })} onDropLead={drop} />
      ) : (
        <p role="status" className="h-[74px] border-b border-slate-200 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">{t('loading')}</p>
      )}
      <FilterBar filters={filters} stages={stages} onChange={setFilters} />
      {error && <p role="alert" className="mx-2 mt-2 rounded bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{t('errorPrefix', error)}</p>}
      <section className="min-h-0 flex-1" aria-label={t('leads')}>
        {items.length > 0 ? (
          <LeadList
            items={items}
            label={t('leads')}
            now={now}
            qualifiedMinYes={settings.qualifiedMinYes}
            focusId={focusTarget?.id}
            focusIndex={focusTarget?.index}
            onFocused={() => setFocus(undefined)}
            onOpen={onOpenLead}
            onMoveMenu={(lead) => setDialog({ lead, step: 'pick' })}
            onStep={step}
          />
        ) : leads.data ? (
          <p className="p-6 text-center text-sm text-slate-600 dark:text-slate-300">{filtered ? t('noMatches') : t('noLeads')}</p>
        ) : (
          <p className="p-6 text-center text-sm text-slate-600 dark:text-slate-300" role="status">{t('loading')}</p>
        )}
      </section>
      <p id={ROW_KEYS_HINT_ID} className="border-t border-slate-200 px-3 py-1 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
        {leads.data?.hasMore && !leads.partial ? `${t('showingFirst', LIST_LIMIT)} · ` : ''}
        {t('rowKeysHint')}
      </p>
      {dialog && (
        <Suspense fallback={null}>
          <MoveDialogView.View
            lead={dialog.lead}
            stages={stages}
            lostReasons={settings.lostReasons}
            step={dialog.step}
            onMove={(stage) => void actions.move(dialog.lead, stage).then(done(dialog.lead))}
            onWon={(stage, value, currency) => void actions.win(dialog.lead, stage, value, currency).then(done(dialog.lead))}
            onLost={(stage, reason, isNew) => void actions.lose(dialog.lead, stage, reason, isNew).then(done(dialog.lead))}
            onClose={close}
          />
        </Suspense>
      )}
    </div>
  );
}
