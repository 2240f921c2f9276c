import type { BulkAction } from '../messaging/protocol/hygiene';
import { type ActivityType, type Lead, moveToStage, type Stage } from '../model';
import { DAY_MS } from '../pipeline';

export interface LeadEdit {
  type: ActivityType;
  summary: string;
  apply: (lead: Lead, now: number) => Lead;
}

export interface BulkOptions {
  reason?: string;
  days?: number;
  note?: string;
  /** The stage a lost lead moves to (the settings' first `lost` stage). */
  lostStage?: Stage;
}

/**
 * The change an action makes to a lead, with the activity it logs. The single-lead handlers
 * (leads.ts) and the review's bulk actions share it, so both leave the same record.
 */
export function leadEdit(action: BulkAction, options: BulkOptions): LeadEdit {
  const { reason = '', days = 7, note = '' } = options;
  switch (action) {
    case 'archive':
      return {
        type: 'archived',
        summary: `Archived: ${reason}`,
        apply: (lead, now) => ({ ...lead, status: 'archived', lostReason: reason, closedAt: now, updatedAt: now }),
      };
    case 'lost': {
      const stage = options.lostStage;
      if (!stage) throw new Error('no lost stage is configured');
      return {
        type: 'lost',
        summary: `Moved to ${stage.name} (${reason})`,
        apply: (lead, now) => ({ ...moveToStage(lead, stage, now), lostReason: reason }),
      };
    }
    case 'snooze':
      return {
        type: 'snoozed',
        summary: `Snoozed for ${days} days`,
        apply: (lead, now) => ({ ...lead, snoozedUntil: now + days * DAY_MS, updatedAt: now }),
      };
    case 'touch':
      return {
        type: 'touch_logged',
        summary: note || 'Touch logged',
        apply: (lead, now) => ({
          ...lead,
          notes: note ? [lead.notes, note].filter(Boolean).join('\n\n') : lead.notes,
          lastTouchAt: now,
          updatedAt: now,
        }),
      };
  }
}
