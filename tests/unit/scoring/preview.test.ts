import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_MODEL, type BantKey, type ScoringModel } from '../../../lib/model';
import { previewModelChange, setCriterionPoints } from '../../../lib/scoring';
import { makeActivity, makeBant, makeLead, NOW } from './lead-factory';

// Qualification only: a lead's total is the sum of its BANT points (25 per yes by default).
const oldModel: ScoringModel = { ...DEFAULT_SCORING_MODEL, weights: { fit: 0, engagement: 0, qualification: 100 } };
// Budget now worth 50, need worth nothing.
const newModel = setCriterionPoints(setCriterionPoints(oldModel, 'qualification.budget.yes', 50), 'qualification.need.yes', 0);

const lead = (id: string, yes: readonly BantKey[]) => makeLead({ id, name: `Lead ${id}`, bant: makeBant(yes) });
const leads = [
  lead('all', ['budget', 'authority', 'need', 'timing']), // 100 A → 100 A (capped)
  lead('budget-need', ['budget', 'need']), //               50 B →  50 B
  lead('budget', ['budget']), //                            25 D →  50 B  up
  lead('need', ['need']), //                                25 D →   0 D
  lead('need-timing', ['need', 'timing']), //               50 B →  25 D  down
];

describe('previewModelChange', () => {
  it('counts leads moving up, down and staying, and lists the moves', () => {
    expect(previewModelChange(leads, new Map(), oldModel, newModel, NOW)).toEqual({
      up: 1,
      down: 1,
      same: 3,
      moves: [
        { leadId: 'budget', name: 'Lead budget', from: 'D', to: 'B', fromScore: 25, toScore: 50 },
        { leadId: 'need-timing', name: 'Lead need-timing', from: 'B', to: 'D', fromScore: 50, toScore: 25 },
      ],
    });
  });

  it('reports no moves when the model is unchanged', () => {
    expect(previewModelChange(leads, {}, oldModel, oldModel, NOW)).toEqual({ up: 0, down: 0, same: 5, moves: [] });
  });

  it('scores each lead with its own activities, from a Map or a record', () => {
    const engagementOnly: ScoringModel = { ...DEFAULT_SCORING_MODEL, weights: { fit: 0, engagement: 100, qualification: 0 } };
    // A reply today: 30 points. Worth 60 in the new model, which lifts the replier from C to B.
    const louder = setCriterionPoints(engagementOnly, 'engagement.replied', 60);
    const pair = [lead('replied', []), lead('quiet', [])];
    const activities = { replied: [makeActivity('replied', 0, 'replied')] };
    const expected = {
      up: 1, down: 0, same: 1,
      moves: [{ leadId: 'replied', name: 'Lead replied', from: 'C', to: 'B', fromScore: 30, toScore: 60 }],
    };
    expect(previewModelChange(pair, activities, engagementOnly, louder, NOW)).toEqual(expected);
    expect(previewModelChange(pair, new Map(Object.entries(activities)), engagementOnly, louder, NOW)).toEqual(expected);
  });
});
