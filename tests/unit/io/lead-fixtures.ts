// Leads for the io tests: built through the Lead schema, as the database would hold them.
import { DEFAULT_STAGES, identityKeys, Lead, type LeadFields } from '../../../lib/model';
import type { PlanOptions } from '../../../lib/io';

export const NOW = Date.UTC(2025, 4, 12, 9, 30);

export function makeLead(overrides: Partial<Lead> & Partial<LeadFields> = {}): Lead {
  const base = {
    id: overrides.id ?? `lead-${Math.random().toString(36).slice(2, 10)}`,
    name: 'Åsa Öberg',
    source: 'linkedin',
    stageId: 'new',
    stageHistory: [{ stageId: 'new', at: NOW - 86_400_000 }],
    status: 'open',
    bant: {
      budget: { answer: 'yes', note: 'Approved, "Q3"' },
      authority: { answer: 'unknown', note: '' },
      need: { answer: 'no', note: '' },
      timing: { answer: 'unknown', note: '' },
    },
    currency: 'SEK',
    createdAt: NOW - 86_400_000,
    updatedAt: NOW,
    lastTouchAt: NOW,
    ...overrides,
  };
  return Lead.parse({ ...base, identities: overrides.identities ?? identityKeys(base) });
}

/** Five leads that exercise the awkward parts of CSV: non-ASCII, commas, quotes, newlines. */
export function awkwardLeads(): Lead[] {
  return [
    makeLead({
      id: 'a1',
      name: 'Åsa Öberg',
      email: 'asa.oberg@exempel.se',
      linkedinUrl: 'https://www.linkedin.com/in/asa-oberg/',
      title: 'VD, grundare',
      company: 'Öberg & Söner AB',
      location: 'Göteborg, Sverige',
      dealValue: 125000.5,
      notes: 'Met at "Nordic SaaS", Malmö.\r\nWants a demo, then:\n- pricing\n- SSO',
      tags: ['hot', 'nordics; q3'],
      score: { total: 82, fit: 90, engagement: 70, qualification: 75, grade: 'A', reasons: [{ criterion: 'fit.seniority.c', label: 'C-level, "VD"', points: 20, part: 'fit' }], scoredAt: NOW, modelVersion: 3 },
    }),
    makeLead({ id: 'a2', name: 'Jürgen Müller-Lüdenscheidt', email: 'JUERGEN@Example.DE', phone: '+49 30 1234567', company: 'Grüße GmbH', stageId: 'proposal', stageHistory: [{ stageId: 'new', at: NOW - 9e8 }, { stageId: 'proposal', at: NOW - 1e8 }], currency: 'EUR', nextStep: '=HYPERLINK("http://evil")', nextStepAt: NOW + 86_400_000 }),
    makeLead({ id: 'a3', name: '李雷', linkedinUrl: 'https://www.linkedin.com/in/li-lei/', company: '韩梅梅科技', title: '@channel lead', notes: "'already quoted", source: 'manual' }),
    makeLead({ id: 'a4', name: 'Ola Nordmann', email: 'ola@example.no', stageId: 'lost', status: 'lost', lostReason: 'Chose a competitor', closedAt: NOW - 5e7, stageHistory: [{ stageId: 'new', at: NOW - 9e8 }, { stageId: 'qualified', at: NOW - 5e8 }, { stageId: 'lost', at: NOW - 5e7 }], headline: '-2+3+cmd|\' /C calc\'!A0', editedFields: ['title'] }),
    makeLead({ id: 'a5', name: 'Chloé Dubois', email: 'chloe@example.fr', stageId: 'won', status: 'won', closedAt: NOW - 1e7, dealValue: 0, address: '\tTab street 1', website: 'https://exemple.fr', snoozedUntil: NOW + 1e9, source: 'gmail' }),
  ];
}

export function planOptions(overrides: Partial<PlanOptions> = {}): PlanOptions {
  let next = 0;
  return {
    now: NOW,
    newId: () => `new-${++next}`,
    stages: DEFAULT_STAGES,
    defaultCurrency: 'EUR',
    ...overrides,
  };
}
