import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Lead } from '../../../lib/model';
import { leadFacts } from '../../../lib/pipeline/lead-facts';
import { ago, makeLead, path } from './lead-factory';

const stageById = new Map(DEFAULT_STAGES.map((s) => [s.id, s]));
const facts = (lead: Lead) => leadFacts(lead, lead.stageHistory, stageById);

describe('leadFacts', () => {
  it.each([
    // name, lead, outcome, closedAt
    ['open', makeLead({ id: 'a', stageHistory: path(['new', 9]) }), 'open', undefined],
    ['archived in an open stage', makeLead({ id: 'a', status: 'archived', closedAt: ago(3), stageHistory: path(['new', 9]) }), 'archived', undefined],
    ['won: closed when it entered won', makeLead({ id: 'a', status: 'won', stageHistory: path(['new', 9], ['won', 4]) }), 'won', ago(4)],
    ['history beats a closedAt left behind by a reopen', makeLead({ id: 'a', status: 'won', closedAt: ago(8), stageHistory: path(['lost', 8], ['new', 6], ['won', 2]) }), 'won', ago(2)],
    ['lost → won directly: closed at the win', makeLead({ id: 'a', status: 'won', stageHistory: path(['lost', 8], ['won', 2]) }), 'won', ago(2)],
    ['won status, history ends open: closedAt', makeLead({ id: 'a', status: 'won', closedAt: ago(1), stageHistory: path(['new', 9]) }), 'won', ago(1)],
    ['lost status, no closedAt: last stage change', makeLead({ id: 'a', status: 'lost', stageHistory: path(['new', 9], ['contacted', 6]) }), 'lost', ago(6)],
  ])('%s', (_name, lead, outcome, closedAt) => {
    expect(facts(lead)).toMatchObject({ outcome, closedAt });
  });

  it('sorts a history that arrives out of order, without touching the input', () => {
    const history = path(['won', 2], ['new', 9], ['proposal', 5]);
    const lead = makeLead({ id: 'a', status: 'won', stageHistory: history });
    const f = facts(lead);
    expect(f.history.map((h) => h.stageId)).toEqual(['new', 'proposal', 'won']);
    expect(f.closedAt).toBe(ago(2));
    expect(history.map((h) => h.stageId)).toEqual(['won', 'new', 'proposal']);
  });
});
