import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_MODEL, ScoringModel, type Activity, type BantKey, type Lead } from '../../../lib/model';
import { applySuggestion, calibrate, listCriteria } from '../../../lib/scoring';
import { DAY, makeActivity, makeBant, makeLead, NOW, seededRandom } from './lead-factory';

const DRIVERS = ['fit.seniority.vp', 'engagement.replied'];

/**
 * Closed deals whose true win probability is 10% + 40% for a VP title + 35% for a reply before
 * closing. Everything else (other titles, e-mail, industry, size, place, BANT, other activity)
 * is drawn independently of the outcome.
 */
function generate(seed: number, count: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const leads: Lead[] = [];
  const activities = new Map<string, Activity[]>();
  for (let i = 0; i < count; i += 1) {
    const id = `lead-${i}`;
    const isVp = random() < 0.3;
    const replied = random() < 0.35;
    const closedAt = NOW - Math.floor(random() * 300) * DAY;
    const answers = (['budget', 'authority', 'need', 'timing'] as const).map((k) => [k, pick(['yes', 'no', 'unknown'] as const)] as const);
    const won = random() < 0.1 + (isVp ? 0.4 : 0) + (replied ? 0.35 : 0);
    leads.push(makeLead({
      id,
      name: `Lead ${i}`,
      title: isVp ? pick(['VP Sales', 'Vice President Marketing', 'Vice VD']) : pick(['VD', 'Säljchef', 'Sales Manager', 'Director of IT', 'Software Engineer', 'Marketing Intern']),
      company: pick(['Acme AB', undefined]),
      email: `p${i}@${pick(['gmail.com', 'acme.se', 'hotmail.com', 'globex.de'])}`,
      industry: pick(['Software Development', 'Higher Education', 'Retail', undefined]),
      companySize: pick(['2-10', '11-50', '51-200', '201-500', '1,001-5,000', '10,001+']),
      location: pick(['Stockholm, Sweden', 'Berlin, Germany', 'Oslo, Norway', 'Madrid, Spain']),
      bant: makeBant(answers.filter(([, a]) => a === 'yes').map(([k]) => k), answers.filter(([, a]) => a === 'no').map(([k]) => k as BantKey)),
      status: won ? 'won' : 'lost',
      closedAt,
    }));
    const list = [makeActivity('captured', 60, id, closedAt), makeActivity('email_sent', 50, id, closedAt)];
    if (replied) list.push(makeActivity('replied', 10 + random() * 30, id, closedAt));
    if (random() < 0.5) list.push(makeActivity('profile_viewed', random() * 40, id, closedAt));
    if (random() < 0.4) list.push(makeActivity('email_received', random() * 40, id, closedAt));
    if (random() < 0.3) list.push(makeActivity('touch_logged', random() * 40, id, closedAt));
    list.push(makeActivity('stage_changed', 0, id, closedAt)); // the close itself: must not count
    activities.set(id, list);
  }
  return { leads, activities };
}

describe('calibrate on data with known drivers', () => {
  it.each([1, 2, 3])('seed %d: suggests raising the true drivers and nothing else', (seed) => {
    const { leads, activities } = generate(seed, 400);
    const report = calibrate(leads, activities, DEFAULT_SCORING_MODEL, NOW);
    expect(report.enoughData).toBe(true);
    const raised = report.suggestions.filter((s) => s.direction === 'raise').map((s) => s.criterion);
    expect(raised.sort()).toEqual([...DRIVERS].sort());
    for (const s of report.suggestions) expect(s.to > s.from).toBe(s.direction === 'raise');
    expect(report.auc).toBeGreaterThan(0.5);
    const vp = report.criteria.find((c) => c.criterion === 'fit.seniority.vp');
    expect(vp?.lift).toBeGreaterThan(1.3);
    expect(vp?.matching.leads).toBeGreaterThan(80);
    // The stage change at close is never counted: every lead has one, none match.
    expect(report.criteria.find((c) => c.criterion === 'engagement.stage_changed')?.matching.leads).toBe(0);
  });

  it.each([1, 2, 3])('seed %d: suggestions apply as model patches that predict better', (seed) => {
    const { leads, activities } = generate(seed, 400);
    const report = calibrate(leads, activities, DEFAULT_SCORING_MODEL, NOW);
    let model = DEFAULT_SCORING_MODEL;
    for (const s of report.suggestions) model = applySuggestion(model, s);
    expect(ScoringModel.safeParse(model).success).toBe(true);
    expect(model.version).toBe(DEFAULT_SCORING_MODEL.version + report.suggestions.length);
    const points = Object.fromEntries(listCriteria(model).map((c) => [c.id, c.points]));
    for (const s of report.suggestions) expect(points[s.criterion]).toBe(s.to);
    const after = calibrate(leads, activities, model, NOW);
    expect(after.auc).toBeGreaterThan((report.auc ?? 1) + 0.05);
  });
});

/** Qualification-only model: a lead's total is 25 × its yes answers. */
const bantOnly: ScoringModel = { ...DEFAULT_SCORING_MODEL, weights: { fit: 0, engagement: 0, qualification: 100 } };
const closed = (yes: readonly BantKey[], status: 'won' | 'lost', i: number) =>
  makeLead({ id: `l${i}`, bant: makeBant(yes), status, closedAt: NOW - DAY });

function handMadeSet(): Lead[] {
  const all: BantKey[] = ['budget', 'authority', 'need', 'timing'];
  const spec: [readonly BantKey[], number, number][] = [
    [all, 6, 2], // total 100 → A: 6 won, 2 lost
    [['budget', 'need'], 3, 3], // 50 → B
    [[], 1, 5], // 0 → D
  ];
  const leads: Lead[] = [];
  for (const [yes, won, lost] of spec) {
    for (let i = 0; i < won; i += 1) leads.push(closed(yes, 'won', leads.length));
    for (let i = 0; i < lost; i += 1) leads.push(closed(yes, 'lost', leads.length));
  }
  return leads;
}

describe('calibrate on a hand-made set', () => {
  it('reports win rate per grade with counts, and the AUC', () => {
    const report = calibrate(handMadeSet(), new Map(), bantOnly, NOW);
    expect(report).toMatchObject({ enoughData: true, closed: 20, won: 10, lost: 10 });
    expect(report.grades).toEqual([
      { grade: 'A', leads: 8, won: 6, lost: 2, winRate: 0.75 },
      { grade: 'B', leads: 6, won: 3, lost: 3, winRate: 0.5 },
      { grade: 'C', leads: 0, won: 0, lost: 0, winRate: null },
      { grade: 'D', leads: 6, won: 1, lost: 5, winRate: 1 / 6 },
    ]);
    // Won vs lost pairs (100): 6·(1 + 3 + 5) + 3·(1.5 + 5) + 1·2.5 = 76.
    expect(report.auc).toBeCloseTo(0.76, 10);
    const timing = report.criteria.find((c) => c.criterion === 'qualification.timing.yes');
    expect(timing).toMatchObject({ matching: { leads: 8, won: 6, winRate: 0.75 }, other: { leads: 12, won: 4 } });
    expect(timing?.lift).toBeCloseTo(1.5, 10);
  });

  it('ignores leads that are not closed', () => {
    const leads = [...handMadeSet(), makeLead({ id: 'open', status: 'open' }), makeLead({ id: 'arch', status: 'archived' })];
    expect(calibrate(leads, new Map(), bantOnly, NOW).closed).toBe(20);
  });
});

describe('not enough data', () => {
  it('says so instead of guessing below 20 closed leads', () => {
    const report = calibrate(handMadeSet().slice(0, 19), new Map(), bantOnly, NOW);
    expect(report).toMatchObject({ enoughData: false, closed: 19, auc: null, grades: [], criteria: [], suggestions: [] });
    expect(report.message).toMatch(/19 closed leads.*at least 20/);
  });

  it('takes a configurable minimum', () => {
    expect(calibrate(handMadeSet().slice(0, 19), new Map(), bantOnly, NOW, { minClosed: 10 }).enoughData).toBe(true);
    expect(calibrate(handMadeSet(), new Map(), bantOnly, NOW, { minClosed: 21 }).enoughData).toBe(false);
  });

  it('needs both won and lost deals', () => {
    const allWon = handMadeSet().map((l) => ({ ...l, status: 'won' as const }));
    const report = calibrate(allWon, new Map(), bantOnly, NOW);
    expect(report.enoughData).toBe(false);
    expect(report.message).toMatch(/both won and lost/);
  });
});

describe('applySuggestion', () => {
  it('sets the points and bumps the version', () => {
    const model = applySuggestion(DEFAULT_SCORING_MODEL, { criterion: 'engagement.replied', to: 45 });
    expect(model.engagement.activities.find((a) => a.id === 'engagement.replied')?.points).toBe(45);
    expect(model.version).toBe(2);
    expect(DEFAULT_SCORING_MODEL.engagement.activities.find((a) => a.id === 'engagement.replied')?.points).toBe(30);
  });

  it('returns the same model for a criterion that no longer exists', () => {
    expect(applySuggestion(DEFAULT_SCORING_MODEL, { criterion: 'fit.custom.gone', to: 10 })).toBe(DEFAULT_SCORING_MODEL);
  });
});
