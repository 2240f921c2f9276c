import type { BantKey, EngagementType, ScoringModel } from '../model';
import { FREE_MAIL_DOMAINS } from './email-domain';
import { LOW_FIT_INDUSTRY_KEYWORDS, NORDIC_LOCATION_KEYWORDS, TARGET_INDUSTRY_KEYWORDS } from './market-keywords';
import { seniorityKeywords, seniorityUnless, type SeniorityTier } from './seniority';

// Type-only imports from lib/model: lib/model re-exports this default, so a value import would be a cycle.

const tier = (id: string, label: string, points: number, name: SeniorityTier) => ({
  id: `fit.seniority.${id}`,
  label,
  points,
  keywords: seniorityKeywords(name),
  unless: seniorityUnless(name),
});

const act = (type: EngagementType, label: string, points: number, cap: number) =>
  ({ id: `engagement.${type}`, label, points, type, cap });

const bant = (key: BantKey, answer: 'yes' | 'no', label: string, points: number) =>
  ({ id: `qualification.${key}.${answer}`, label, points, key, answer });

/**
 * A B2B default: decision makers at 50–5,000-person software buyers in the Nordics, who
 * answer e-mails and have confirmed BANT. Seniority and replies weigh most; a free-mail
 * address takes back most of what a senior title earns. Engagement halves every 30 days.
 * Grades: A from 70, B from 50, C from 30.
 */
export const DEFAULT_SCORING_MODEL: ScoringModel = {
  version: 1,
  weights: { fit: 40, engagement: 35, qualification: 25 },
  grades: { A: 70, B: 50, C: 30 },
  fit: {
    seniority: [
      tier('clevel', 'C-level or founder title', 40, 'clevel'),
      tier('vp', 'VP title', 35, 'vp'),
      tier('head', 'Head-of title', 30, 'head'),
      tier('director', 'Director title', 30, 'director'),
      tier('manager', 'Manager title', 20, 'manager'),
      tier('ic', 'Individual contributor title', 5, 'ic'),
      tier('junior', 'Intern or student title', -15, 'junior'),
    ],
    company: { id: 'fit.company', label: 'Company known', points: 10 },
    businessEmail: { id: 'fit.email.business', label: 'Business e-mail address', points: 10 },
    freeMail: { id: 'fit.email.free', label: 'Free-mail address', points: -25, domains: [...FREE_MAIL_DOMAINS] },
    industries: [
      { id: 'fit.industry.target', label: 'Target industry', points: 10, keywords: [...TARGET_INDUSTRY_KEYWORDS] },
      { id: 'fit.industry.low', label: 'Low-budget industry', points: -10, keywords: [...LOW_FIT_INDUSTRY_KEYWORDS] },
    ],
    companySizes: [
      { id: 'fit.size.micro', label: '1–10 employees', points: -5, min: 0, max: 10 },
      { id: 'fit.size.small', label: '11–50 employees', points: 5, min: 11, max: 50 },
      { id: 'fit.size.mid', label: '51–200 employees', points: 10, min: 51, max: 200 },
      { id: 'fit.size.upper', label: '201–1,000 employees', points: 15, min: 201, max: 1000 },
      { id: 'fit.size.large', label: '1,001–5,000 employees', points: 10, min: 1001, max: 5000 },
      { id: 'fit.size.enterprise', label: 'Over 5,000 employees', points: 5, min: 5001 },
    ],
    locations: [
      { id: 'fit.location.nordic', label: 'In the Nordics', points: 5, keywords: [...NORDIC_LOCATION_KEYWORDS] },
    ],
    custom: [],
  },
  engagement: {
    decay: { kind: 'halfLife', days: 30 },
    activities: [
      act('replied', 'Replied', 30, 60),
      act('email_received', 'E-mail from them', 10, 30),
      act('touch_logged', 'Call or meeting', 8, 24),
      act('stage_changed', 'Moved stage', 10, 30),
      act('captured', 'Captured', 5, 5),
      act('merged', 'Seen again', 3, 6),
      act('email_sent', 'E-mail sent', 3, 9),
      act('profile_viewed', 'Profile viewed', 3, 9),
      act('note_added', 'Note added', 2, 6),
    ],
  },
  qualification: {
    bant: [
      bant('budget', 'yes', 'Budget confirmed', 25), bant('budget', 'no', 'No budget', -15),
      bant('authority', 'yes', 'Decision maker', 25), bant('authority', 'no', 'Not the decision maker', -10),
      bant('need', 'yes', 'Need confirmed', 25), bant('need', 'no', 'No need', -20),
      bant('timing', 'yes', 'Timing confirmed', 25), bant('timing', 'no', 'Wrong timing', -10),
    ],
  },
};
