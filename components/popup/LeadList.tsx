import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Lead, Stage } from '../../lib/model';
import { LeadRow } from './LeadRow';

const ROW_HEIGHT = 53;

/** A virtualised list: only the rows on screen exist in the DOM, however long the pipeline. */
export function LeadList({ leads, stages, now, onOpen, label }: { leads: Lead[]; stages: Stage[]; now: number; onOpen: (id: string) => void; label: string }) {
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: leads.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The first paint has no measured viewport yet: render the first screen anyway.
    initialRect: { width: 480, height: 480 },
  });
  return (
    <div ref={parent} className="h-full overflow-auto" role="list" aria-label={label}>
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const lead = leads[item.index];
          if (!lead) return null;
          return (
            <div key={lead.id} role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <LeadRow lead={lead} stages={stages} now={now} onOpen={onOpen} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
