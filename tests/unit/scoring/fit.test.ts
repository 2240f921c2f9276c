import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_MODEL, type CustomRule, type ScoringModel } from '../../../lib/model';
import { scoreLead } from '../../../lib/scoring';
import { makeLead, NOW } from './lead-factory';

const fitOf = (fields: Parameters<typeof makeLead>[0], model: ScoringModel = DEFAULT_SCORING_MODEL) =>
  scoreLead(makeLead(fields), [], model, NOW);

const seniorityOf = (title: string) =>
  fitOf({ title }).reasons.find((r) => r.criterion.startsWith('fit.seniority.'))?.criterion ?? 'none';

describe('seniority from the title', () => {
  it.each([
    // English
    ['CEO', 'clevel'],
    ['Co-Founder & CTO', 'clevel'],
    ['Chief Revenue Officer', 'clevel'],
    ['Vice President, Sales', 'vp'],
    ['SVP Marketing', 'vp'],
    ['Head of Sales EMEA', 'head'],
    ['Director of Business Development', 'director'],
    ['Managing Director', 'clevel'],
    ['Sales Manager', 'manager'],
    ['Product Owner', 'manager'],
    ['Key Account Manager', 'ic'],
    ['Senior Software Engineer', 'ic'],
    ['Marketing Intern', 'junior'],
    ['Chief of Staff', 'none'],
    // Swedish
    ['VD', 'clevel'],
    ['vd och grundare', 'clevel'],
    ['Vice VD', 'vp'],
    ['VD-assistent', 'ic'],
    ['Försäljningschef', 'head'],
    ['Säljchef Norden', 'head'],
    ['Avdelningschef', 'head'],
    ['Gruppchef', 'manager'],
    ['Ägare', 'clevel'],
    ['Medgrundare', 'clevel'],
    ['Marknadsansvarig', 'manager'],
    ['Innesäljare', 'ic'],
    // German
    ['Geschäftsführer', 'clevel'],
    ['Vertriebsleiter', 'head'],
    ['Teamleiter Vertrieb', 'manager'],
    ['Werkstudent Marketing', 'junior'],
    // French
    ['PDG', 'clevel'],
    ['Directeur commercial', 'director'],
    ['Chef de projet', 'manager'],
    ['Vice-président ventes', 'vp'],
    // Spanish
    ['Director General', 'clevel'],
    ['Jefe de ventas', 'head'],
    ['Gerente de marketing', 'manager'],
    // Norwegian / Danish
    ['Daglig leder', 'clevel'],
    ['Salgssjef', 'head'],
    ['Salgsdirektør', 'director'],
    ['Administrerende direktør', 'clevel'],
    ['Prosjektleder', 'manager'],
  ])('%s → %s', (title, tier) => {
    const found = seniorityOf(title);
    expect(found).toBe(tier === 'none' ? 'none' : `fit.seniority.${tier}`);
  });

  it('reads the headline when there is no title', () => {
    expect(fitOf({ headline: 'VP Sales at Acme' }).reasons[0]?.criterion).toBe('fit.seniority.vp');
  });
});

// Default weights: fit 40 of 100, so a reason shows raw points × 0.4, rounded.
describe('hand-computed fit scores (default model)', () => {
  it.each([
    {
      name: 'Swedish CEO at a business address',
      fields: { title: 'VD', company: 'Acme AB', email: 'anna@acme.se' },
      fit: 60, // 40 + 10 + 10
      reasons: { 'fit.seniority.clevel': 16, 'fit.company': 4, 'fit.email.business': 4 },
      total: 24,
    },
    {
      name: 'Försäljningschef on a free-mail address',
      fields: { title: 'Försäljningschef', email: 'anna.berg@hotmail.se' },
      fit: 5, // 30 − 25
      reasons: { 'fit.seniority.head': 12, 'fit.email.free': -10 },
      total: 2,
    },
    {
      name: 'free-mail and nothing else: fit floors at 0, the total at 0',
      fields: { email: 'someone@gmail.com' },
      fit: 0,
      reasons: { 'fit.email.free': -10 },
      total: 0,
    },
    {
      name: 'industry, size band and location',
      fields: { industry: 'Software Development', companySize: '201-500 employees', location: 'Göteborg, Sverige' },
      fit: 30, // 10 + 15 + 5
      reasons: { 'fit.industry.target': 4, 'fit.size.upper': 6, 'fit.location.nordic': 2 },
      total: 12,
    },
    {
      name: 'a school, 2–10 people, abroad',
      fields: { industry: 'Higher Education', companySize: '2-10 employees', location: 'Lyon, France' },
      fit: 0, // −10 − 5
      reasons: { 'fit.industry.low': -4, 'fit.size.micro': -2 },
      total: 0,
    },
  ])('$name', ({ fields, fit, reasons, total }) => {
    const score = fitOf(fields);
    expect(score.fit).toBe(fit);
    expect(Object.fromEntries(score.reasons.map((r) => [r.criterion, r.points]))).toEqual(reasons);
    expect(score.total).toBe(total);
  });
});

describe('free-mail domains', () => {
  it.each([
    ['a@gmail.com', 'fit.email.free'],
    ['A@GMAIL.COM', 'fit.email.free'],
    ['a@hotmail.co.uk', 'fit.email.free'],
    ['a@live.se', 'fit.email.free'],
    ['a@outlook.com', 'fit.email.free'],
    ['a@yahoo.fr', 'fit.email.free'],
    ['a@icloud.com', 'fit.email.free'],
    ['a@gmx.net', 'fit.email.free'],
    ['a@web.de', 'fit.email.free'],
    ['a@live.nation.com', 'fit.email.business'],
    ['a@gmail-partners.com', 'fit.email.business'],
    ['a@acme.se', 'fit.email.business'],
  ])('%s counts as %s', (email, criterion) => {
    const reason = fitOf({ email }).reasons.find((r) => r.criterion.startsWith('fit.email.'));
    expect(reason?.criterion).toBe(criterion);
  });

  it('ignores an address without a domain', () => {
    expect(fitOf({ email: 'not-an-address' }).reasons).toEqual([]);
  });
});

const rule = (r: Omit<CustomRule, 'id' | 'label' | 'points'> & Partial<CustomRule>): CustomRule =>
  ({ id: 'fit.custom.test', label: 'Custom rule', points: 20, ...r }) as CustomRule;

const withRule = (r: CustomRule): ScoringModel => ({
  ...DEFAULT_SCORING_MODEL,
  fit: { ...DEFAULT_SCORING_MODEL.fit, custom: [r] },
});

describe('custom rules', () => {
  it.each([
    ['equals', rule({ field: 'company', operator: 'equals', value: 'acme ab' }), { company: ' Acme AB ' }, true],
    ['equals (no)', rule({ field: 'company', operator: 'equals', value: 'Acme' }), { company: 'Acme AB' }, false],
    ['contains', rule({ field: 'title', operator: 'contains', value: 'SALES' }), { title: 'Inside sales rep' }, true],
    ['startsWith', rule({ field: 'website', operator: 'startsWith', value: 'https://' }), { website: 'https://acme.se' }, true],
    ['startsWith (no)', rule({ field: 'website', operator: 'startsWith', value: 'https://' }), { website: 'acme.se' }, false],
    ['in', rule({ field: 'location', operator: 'in', value: ['Oslo', 'Bergen'] }), { location: 'oslo' }, true],
    ['in over tags', rule({ field: 'tags', operator: 'in', value: ['event-2025'] }), { tags: ['cold', 'Event-2025'] }, true],
    ['exists', rule({ field: 'phone', operator: 'exists' }), { phone: '+46 70 123 45 67' }, true],
    ['exists (empty)', rule({ field: 'phone', operator: 'exists' }), { phone: '   ' }, false],
    ['gte deal value', rule({ field: 'dealValue', operator: 'gte', value: 10_000 }), { dealValue: 10_000 }, true],
    ['gte (no value)', rule({ field: 'dealValue', operator: 'gte', value: 0 }), {}, false],
    ['lte head count', rule({ field: 'companySize', operator: 'lte', value: 200 }), { companySize: '51-200 employees' }, true],
    ['gte head count', rule({ field: 'companySize', operator: 'gte', value: 1000 }), { companySize: '51-200' }, false],
  ])('%s', (_name, custom, fields, matches) => {
    const score = fitOf(fields, withRule(custom));
    const reason = score.reasons.find((r) => r.criterion === 'fit.custom.test');
    // 20 raw fit points × 40 / 100 = 8.
    expect(reason?.points).toBe(matches ? 8 : undefined);
  });

  it('shows the rule with its own label and points', () => {
    const custom = rule({ label: 'Uses Salesforce', field: 'tags', operator: 'in', value: ['salesforce'], points: -30 });
    const score = fitOf({ title: 'VD', tags: ['salesforce'] }, withRule(custom));
    expect(score.reasons).toEqual([
      { criterion: 'fit.seniority.clevel', label: 'C-level or founder title', points: 16, part: 'fit' },
      { criterion: 'fit.custom.test', label: 'Uses Salesforce', points: -12, part: 'fit' },
    ]);
    expect(score.fit).toBe(10);
    expect(score.total).toBe(4);
  });
});
