import { useSyncExternalStore } from 'react';
import type { Qualification } from '../../lib/messaging/protocol';
import type { OverlayState } from '../../lib/content/overlay-store';
import { ProspectCard, type ProspectView } from './ProspectCard';

interface Props {
  store: { get(): OverlayState; subscribe(listener: () => void): () => void };
  now: () => number;
  onCapture: (view: ProspectView, qualification: Qualification) => void;
  onSaveCompany: (view: ProspectView) => void;
  onOpenLead: (id: string) => void;
  onDismiss: () => void;
}

/** The overlay's root: renders the page card while the page shows people and it is not dismissed. */
export function OverlayApp({ store, now, onCapture, onSaveCompany, onOpenLead, onDismiss }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  if (state.dismissed || state.people.length === 0) return null;
  return (
    <div className="fixed top-[72px] right-4 z-[2147483000] max-h-[calc(100vh-96px)] overflow-auto font-sans">
      <ProspectCard
        people={state.people}
        stages={state.stages}
        defaultCurrency={state.defaultCurrency}
        now={now()}
        savingKey={state.savingKey}
        error={state.error}
        onCapture={onCapture}
        onSaveCompany={onSaveCompany}
        onOpenLead={onOpenLead}
        onClose={onDismiss}
      />
    </div>
  );
}
