import { z } from 'zod';
import { Prospect } from '../../model';
import { LeadSummary } from './lead';

const email = z.string().min(3).max(254);
const person = z.object({ email, name: z.string().max(200).optional() });

/** One message of an open Gmail thread, as the page shows it. */
export const ThreadMessage = z.object({
  messageId: z.string().min(1).max(200),
  from: person,
  to: z.array(person).max(200),
  date: z.number().int().optional(),
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

export const engagementProtocol = {
  /** Logs `profile_viewed` for a known lead, at most once a day. */
  'activity.profileViewed': {
    request: z.object({ linkedinUrl: z.string().min(1).max(400), url: z.string().max(2000) }),
    response: z.object({ logged: z.boolean() }),
  },
  /** Logs `email_received` / `email_sent` once per message for known leads in a thread. */
  'activity.emails': {
    request: z.object({ messages: z.array(ThreadMessage).max(500), selfEmail: email.optional(), threadUrl: z.string().max(2000) }),
    response: z.object({ logged: z.number().int() }),
  },
  /** Company facts from a company page: leads there gain them; answers the leads already there. */
  'company.capture': {
    request: z.object({ prospect: Prospect }),
    response: z.object({ updated: z.number().int(), leads: z.array(LeadSummary) }),
  },
  /** The leads already at a company (by name), for the company page card. */
  'company.leads': {
    request: z.object({ name: z.string().trim().min(1).max(200) }),
    response: z.object({ leads: z.array(LeadSummary) }),
  },
} as const;
