import { z } from 'zod';
import { Activity, Bant, Lead, LeadFields, LeadQuery, Prospect } from '../../model';

const id = z.string().min(1).max(64);
const epoch = z.number().int().min(0).max(8.64e15);
const currency = z.string().regex(/^[A-Z]{3}$/);

/** What the qualification card adds to a capture. */
export const Qualification = z.object({
  bant: Bant.optional(),
  dealValue: z.number().nonnegative().finite().max(1e12).optional(),
  currency: currency.optional(),
  nextStep: z.string().max(300).optional(),
  nextStepAt: epoch.optional(),
  stageId: z.string().min(1).max(60).optional(),
  notes: z.string().max(20_000).optional(),
});
export type Qualification = z.infer<typeof Qualification>;

/** What a page badge needs to know about a known person. */
export const LeadSummary = z.object({
  id,
  name: z.string(),
  company: z.string().optional(),
  stageId: z.string(),
  stageName: z.string(),
  status: Lead.shape.status,
  score: z.number().optional(),
  grade: z.string().optional(),
  lastTouchAt: epoch,
  nextStep: z.string().optional(),
  nextStepAt: epoch.optional(),
});
export type LeadSummary = z.infer<typeof LeadSummary>;

export const leadProtocol = {
  /** `captureId` is made by the client: a retried capture is applied once. */
  'lead.capture': {
    request: z.object({ captureId: z.uuid(), prospect: Prospect, qualification: Qualification.optional() }),
    response: z.object({ lead: Lead, created: z.boolean(), duplicate: z.boolean() }),
  },
  'lead.get': {
    request: z.object({ id }),
    response: z.object({ lead: Lead, activities: z.array(Activity) }),
  },
  'lead.list': {
    request: LeadQuery,
    response: z.object({ items: z.array(Lead), hasMore: z.boolean() }),
  },
  'lead.update': {
    request: z.object({
      id,
      fields: LeadFields.partial().optional(),
      qualification: Qualification.omit({ stageId: true }).optional(),
      tags: z.array(z.string().max(60)).max(50).optional(),
    }),
    response: z.object({ lead: Lead }),
  },
  'lead.move': {
    request: z.object({ id, stageId: z.string().min(1).max(60), reason: z.string().max(200).optional(), dealValue: z.number().nonnegative().finite().max(1e12).optional() }),
    response: z.object({ lead: Lead }),
  },
  'lead.archive': {
    request: z.object({ id, reason: z.string().min(1).max(200) }),
    response: z.object({ lead: Lead }),
  },
  'lead.touch': {
    request: z.object({ id, note: z.string().max(2000).default('') }),
    response: z.object({ lead: Lead }),
  },
  'lead.snooze': {
    request: z.object({ id, days: z.number().int().min(1).max(365) }),
    response: z.object({ lead: Lead }),
  },
  /** Erases the lead, its activities and its identities ("forget this person"). */
  'lead.delete': {
    request: z.object({ id }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Many identities at once, for "already in pipeline" badges on a page of results. */
  'lead.lookup': {
    request: z.object({ identities: z.array(z.string().min(1).max(400)).min(1).max(500) }),
    response: z.object({ matches: z.record(z.string(), LeadSummary) }),
  },
} as const;
