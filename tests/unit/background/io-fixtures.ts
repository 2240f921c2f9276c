// Leads and helpers for the import/export tests: what the Data panel does, driven through the router.
import { autoMapColumns, type ColumnMapping, parseCsv } from '../../../lib/io';
import type { Lead, LeadScore } from '../../../lib/model';
import { makeLead } from '../io/lead-fixtures';
import { type Call, planInChunks } from '../../../components/data/plan-import';
import type { ChunkLimits } from '../../../components/data/import-chunks';
import { T0 } from './harness';

const DAY = 86_400_000;

/** The io tests' base lead (tests/unit/io/lead-fixtures.ts), dated around the harness clock. */
export function lead(overrides: Partial<Lead>): Lead {
  return makeLead({
    stageHistory: [{ stageId: 'new', at: T0 - 30 * DAY }],
    createdAt: T0 - 30 * DAY,
    updatedAt: T0 - 2 * DAY,
    lastTouchAt: T0 - 10 * DAY,
    ...overrides,
  });
}

export const score = (total: number): LeadScore => ({
  total, fit: total, engagement: 0, qualification: 0, grade: 'B', reasons: [], scoredAt: T0, modelVersion: 1,
});

/** Non-ASCII names, and commas, quotes, line breaks and formula-like text where CSV breaks. */
export function awkwardLeads(): Lead[] {
  return [
    lead({
      id: 'a1', email: 'asa.oberg@exempel.se', linkedinUrl: 'https://www.linkedin.com/in/asa-oberg/', title: 'VD, grundare',
      company: 'Öberg & Söner AB', location: 'Göteborg, Sverige', dealValue: 125000.5, tags: ['hot', 'nordics; q3'],
      notes: 'Met at "Nordic SaaS", Malmö.\r\nWants a demo, then:\n- pricing\n- SSO', score: score(82),
    }),
    lead({
      id: 'a2', name: 'Jürgen Müller-Lüdenscheidt', email: 'juergen@example.de', phone: '+49 30 1234567', company: 'Grüße GmbH',
      stageId: 'proposal', stageHistory: [{ stageId: 'new', at: T0 - 9e8 }, { stageId: 'proposal', at: T0 - 1e8 }],
      currency: 'EUR', nextStep: '=HYPERLINK("http://evil")', nextStepAt: T0 + DAY, notes: 'a, b; "c"',
    }),
    lead({ id: 'a3', name: '李雷', linkedinUrl: 'https://www.linkedin.com/in/li-lei/', company: '韩梅梅科技', title: '@channel lead', notes: "'quoted", source: 'manual' }),
    lead({
      id: 'a4', name: 'Ola Nordmann', email: 'ola@example.no', stageId: 'lost', status: 'lost', lostReason: 'Chose a competitor',
      closedAt: T0 - 5e7, stageHistory: [{ stageId: 'new', at: T0 - 9e8 }, { stageId: 'lost', at: T0 - 5e7 }], editedFields: ['title'],
    }),
    lead({ id: 'a5', name: 'Chloé Dubois 😀', email: 'chloe@example.fr', stageId: 'won', status: 'won', closedAt: T0 - 1e7, dealValue: 0, source: 'gmail' }),
  ];
}

/** Parses CSV text as the page does and plans it through `call`, chunk by chunk. */
export async function checkCsv(call: Call, text: string, limits?: ChunkLimits, mapping?: ColumnMapping) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return planInChunks(call, parsed.data, mapping ?? autoMapColumns(parsed.data.headers), undefined, limits);
}

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
