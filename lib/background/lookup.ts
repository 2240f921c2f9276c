import type { LeadSummary, ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { canonicalLinkedInUrl, type Lead, normaliseEmail, type Settings } from '../model';
import type { BackgroundContext } from './context';

/** The identity key for a raw email address or LinkedIn URL, as the page gives it. */
export function keyFor(raw: string): string | undefined {
  const email = normaliseEmail(raw);
  if (email) return `email:${email}`;
  const url = canonicalLinkedInUrl(raw);
  return url ? `linkedin:${url}` : undefined;
}

export function summarise(lead: Lead, settings: Settings): LeadSummary {
  return {
    id: lead.id,
    name: lead.name,
    company: lead.company,
    stageId: lead.stageId,
    stageName: settings.stages.find((s) => s.id === lead.stageId)?.name ?? lead.stageId,
    status: lead.status,
    score: lead.score?.total,
    grade: lead.score?.grade,
    lastTouchAt: lead.lastTouchAt,
    nextStep: lead.nextStep,
    nextStepAt: lead.nextStepAt,
  };
}

/** `lead.lookup`: every identity the page shows, answered in one batch. */
export async function lookupLeads(
  ctx: BackgroundContext,
  { identities }: ParsedRequestOf<'lead.lookup'>,
): Promise<ResponseOf<'lead.lookup'>> {
  const keyOf = new Map<string, string>();
  for (const raw of identities) {
    const key = keyFor(raw);
    if (key) keyOf.set(raw, key);
  }
  const found = await ctx.repo.findByIdentities([...new Set(keyOf.values())]);
  const settings = await ctx.settings();
  const matches: Record<string, LeadSummary> = {};
  for (const [raw, key] of keyOf) {
    const lead = found.get(key);
    if (lead) matches[raw] = summarise(lead, settings);
  }
  return { matches };
}
