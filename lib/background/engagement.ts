import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { type Activity, normaliseEmail } from '../model';
import { type BackgroundContext, makeActivity, scoreSync } from './context';
import { keyFor, summarise } from './lookup';

/** The day (UTC) of a time, for "at most once a day" activities. */
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/** `activity.profileViewed`: a known lead's profile opened; logged at most once a day per lead. */
export async function logProfileView(
  ctx: BackgroundContext,
  request: ParsedRequestOf<'activity.profileViewed'>,
): Promise<ResponseOf<'activity.profileViewed'>> {
  const key = keyFor(request.linkedinUrl);
  if (!key?.startsWith('linkedin:')) return { logged: false };
  const lead = (await ctx.repo.findByIdentities([key])).get(key);
  if (!lead) return { logged: false };
  const now = ctx.now();
  const activity = makeActivity(ctx, lead.id, 'profile_viewed', now, 'Viewed LinkedIn profile', {
    dedupeKey: `profile_viewed:${lead.id}:${dayOf(now)}`,
    data: { url: request.url },
  });
  const added = await ctx.repo.addActivities([activity], (current, all) =>
    scoreSync(ctx, { ...current, lastTouchAt: Math.max(current.lastTouchAt, now) }, all),
  );
  if (added.length) ctx.onLeadsChanged();
  return { logged: added.length > 0 };
}

/**
 * `activity.emails`: one activity per message and known lead: `email_received` when the lead
 * wrote it, `email_sent` when it went to them. Unknown people get nothing until captured.
 */
export async function logEmails(
  ctx: BackgroundContext,
  request: ParsedRequestOf<'activity.emails'>,
): Promise<ResponseOf<'activity.emails'>> {
  const self = normaliseEmail(request.selfEmail);
  const addresses = new Set<string>();
  for (const m of request.messages) [m.from, ...m.to].forEach((p) => addresses.add(p.email));
  const keys = [...addresses].map(keyFor).filter((k): k is string => k !== undefined);
  const leads = await ctx.repo.findByIdentities(keys);
  if (leads.size === 0) return { logged: 0 };
  const now = ctx.now();
  const activities: Activity[] = [];
  for (const message of request.messages) {
    const at = message.date ?? now;
    const from = leads.get(keyFor(message.from.email) ?? '');
    if (from && normaliseEmail(message.from.email) !== self) {
      activities.push(emailActivity(ctx, from.id, 'email_received', message.messageId, at, request.threadUrl));
    }
    for (const to of message.to) {
      const lead = leads.get(keyFor(to.email) ?? '');
      if (lead && lead.id !== from?.id) activities.push(emailActivity(ctx, lead.id, 'email_sent', message.messageId, at, request.threadUrl));
    }
  }
  const added = await ctx.repo.addActivities(activities, (lead, all, mine) =>
    scoreSync(ctx, { ...lead, lastTouchAt: Math.max(lead.lastTouchAt, ...mine.map((a) => a.at)) }, all),
  );
  if (added.length) ctx.onLeadsChanged();
  return { logged: added.length };
}

function emailActivity(ctx: BackgroundContext, leadId: string, type: 'email_received' | 'email_sent', messageId: string, at: number, url: string): Activity {
  const summary = type === 'email_received' ? 'Email received' : 'Email sent';
  return makeActivity(ctx, leadId, type, at, summary, { dedupeKey: `${type}:${leadId}:${messageId}`, data: { url } });
}

/** `company.capture`: the company's facts fill gaps on its leads; answers the leads there. */
export async function captureCompany(
  ctx: BackgroundContext,
  { prospect }: ParsedRequestOf<'company.capture'>,
): Promise<ResponseOf<'company.capture'>> {
  const facts = prospect.companyFacts;
  if (prospect.kind !== 'company' || !facts) throw new Error('a company capture needs company facts');
  const now = ctx.now();
  const leads = await ctx.repo.findByCompany(facts.name);
  let updated = 0;
  for (const lead of leads) {
    await ctx.repo.mutateLead(lead.id, (current, activities) => {
      const fill = {
        industry: current.industry ?? facts.industry,
        companySize: current.companySize ?? facts.sizeBand,
        companyLinkedinUrl: current.companyLinkedinUrl ?? facts.linkedinCompanyUrl,
        website: current.website ?? facts.website,
        companyDomain: current.companyDomain ?? facts.domain,
      };
      const changed = Object.entries(fill).some(([k, v]) => v !== current[k as keyof typeof fill]);
      if (!changed) return null;
      updated += 1;
      return { lead: scoreSync(ctx, { ...current, ...fill, updatedAt: now }, activities), activities: [] };
    });
  }
  if (updated) ctx.onLeadsChanged();
  const settings = await ctx.settings();
  const fresh = await ctx.repo.findByCompany(facts.name);
  return { updated, leads: fresh.map((lead) => summarise(lead, settings)) };
}

/** `company.leads`: who the pipeline already has at a company. */
export async function companyLeads(ctx: BackgroundContext, { name }: ParsedRequestOf<'company.leads'>): Promise<ResponseOf<'company.leads'>> {
  const settings = await ctx.settings();
  return { leads: (await ctx.repo.findByCompany(name)).map((lead) => summarise(lead, settings)) };
}
