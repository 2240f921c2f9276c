import type { Repository } from '../db';
import type { Activity, ActivityType, Lead, LeadScore, Settings } from '../model';
import { DEFAULT_SCORING_MODEL, DEFAULT_SETTINGS, ScoringModel, Settings as SettingsSchema } from '../model';

/** Scores a lead from its activities; the scoring model lives behind this function. */
export type Scorer = (lead: Lead, activities: Activity[], now: number) => LeadScore | undefined;

/** What every background handler works with: the repository, the clock, ids and the scorer. */
export interface BackgroundContext {
  repo: Repository;
  now: () => number;
  newId: () => string;
  score: Scorer;
  /** Called after any write that can change what the badge or an open popup shows. */
  onLeadsChanged: () => void;
  settings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  scoringModel: () => Promise<ScoringModel>;
  /** Stores the model and makes every later write score with it. */
  saveScoringModel: (model: ScoringModel) => Promise<void>;
}

export async function loadScoringModel(repo: Repository): Promise<ScoringModel> {
  const stored = ScoringModel.safeParse(await repo.getMeta('scoringModel'));
  return stored.success ? stored.data : DEFAULT_SCORING_MODEL;
}

export async function loadSettings(repo: Repository): Promise<Settings> {
  const stored = SettingsSchema.safeParse(await repo.getMeta('settings'));
  return stored.success ? stored.data : DEFAULT_SETTINGS;
}

/** A new activity row; `dedupeKey` makes a repeat of the same event a no-op. */
export function makeActivity(
  ctx: Pick<BackgroundContext, 'newId'>,
  leadId: string,
  type: ActivityType,
  at: number,
  summary = '',
  extra: Partial<Pick<Activity, 'dedupeKey' | 'data'>> = {},
): Activity {
  return { id: ctx.newId(), leadId, type, at, summary: summary.slice(0, 500), ...extra };
}

/** Re-scores a lead after a change, from its stored activities plus the ones being added. */
export async function withScore(ctx: BackgroundContext, lead: Lead, adding: Activity[] = []): Promise<Lead> {
  const activities = [...(await ctx.repo.listActivities(lead.id)), ...adding];
  return scoreSync(ctx, lead, activities);
}

export function scoreSync(ctx: BackgroundContext, lead: Lead, activities: Activity[]): Lead {
  const score = ctx.score(lead, activities, ctx.now());
  return score ? { ...lead, score } : lead;
}
