import { Suspense, useCallback, useLayoutEffect, useState } from 'react';
import { useT } from '../i18n';
import { PipelineView } from './board/PipelineView';
import { sendHealthEarly } from './health/health-period';
import { panelId, tabId, Tabs } from './Tabs';
import { usePopupSettings } from './use-popup-settings';
import { parseRoute } from './route';
import { useRoute } from './use-route';
import { HealthView, LeadDetailView, ReviewView } from './views';

interface Props {
  now: () => number;
  onOpenOptions: () => void;
  /** After each of the first commits: whether the board's first rows are drawn (for the first paint, `startFirstPaint`). */
  onCommitted?: (boardDrawn: boolean) => void;
}

type Section = 'pipeline' | 'health' | 'review';

/**
 * Before the first render: a popup opening on the health panel with nothing cached to show asks
 * for its figures at once, while React draws and the panel's code loads. (The board's first
 * request went out before React loaded: `startFirstPaint`.)
 */
export function sendFirstRequestsEarly(hash: string): void {
  if (parseRoute(hash).view === 'health') sendHealthEarly();
}

/** The popup: Pipeline | Health | Review, and a lead's detail at `#/lead/<id>`. */
export function PopupApp({ now, onOpenOptions, onCommitted }: Props) {
  const t = useT();
  const [route, navigate] = useRoute();
  const { settings, addLostReason } = usePopupSettings();
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const boardDrawn = useCallback(() => onCommitted?.(true), [onCommitted]);
  // Runs after the board's own layout effect in the same commit (children first).
  useLayoutEffect(() => onCommitted?.(false), [onCommitted]);
  const section: Section = route.view === 'lead' ? 'pipeline' : route.view;
  const tabs = [
    { id: 'pipeline' as const, label: t('pipeline') },
    { id: 'health' as const, label: t('health') },
    { id: 'review' as const, label: t('review') },
  ];
  return (
    <div className="flex h-[560px] w-[480px] flex-col bg-white text-slate-900 min-[800px]:mx-auto min-[800px]:my-6 min-[800px]:h-[calc(100vh-3rem)] min-[800px]:w-[720px] min-[800px]:rounded-lg min-[800px]:border min-[800px]:border-slate-200 dark:bg-slate-900 dark:text-slate-100 min-[800px]:dark:border-slate-700">
      <header className="flex items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h1 className="text-base font-bold text-indigo-800 dark:text-indigo-300">{t('extName')}</h1>
        <nav aria-label={t('sections')} className="ml-2">
          <Tabs tabs={tabs} selected={section} label={t('sections')} onSelect={(view) => navigate({ view })} />
        </nav>
        <button
          type="button"
          onClick={onOpenOptions}
          aria-label={t('openSettings')}
          title={t('openSettings')}
          data-testid="open-options"
          className="ml-auto rounded-md px-2 py-1 text-lg leading-none text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      <main className="min-h-0 flex-1">
        <div id={panelId(section)} role="tabpanel" aria-labelledby={tabId(section)} className="h-full">
          <Suspense fallback={<p role="status" className="p-6 text-center text-sm text-slate-600 dark:text-slate-300">{t('loading')}</p>}>
            {route.view === 'lead' ? (
              <LeadDetailView.View key={route.id} id={route.id} settings={settings} addLostReason={addLostReason} onBack={() => navigate({ view: 'pipeline' })} announce={announce} />
            ) : section === 'pipeline' ? (
              <PipelineView settings={settings} addLostReason={addLostReason} now={now()} onOpenLead={(id) => navigate({ view: 'lead', id })} announce={announce} onDrawn={boardDrawn} />
            ) : section === 'health' ? (
              <HealthView.View stages={settings.stages} />
            ) : (
              <div className="h-full overflow-auto"><ReviewView.View /></div>
            )}
          </Suspense>
        </div>
        <p role="status" aria-live="polite" className="sr-only" data-testid="announcement">{announcement}</p>
      </main>
    </div>
  );
}
