import { bench, describe } from 'vitest';
import { DEFAULT_SCORING_MODEL } from '../../../lib/model';
import { compileModel, scoreLead } from '../../../lib/scoring';
import { activitiesFor, leads, NOW } from './leads';

const model = compileModel(DEFAULT_SCORING_MODEL);

describe('scoreLead (pure, one core)', () => {
  for (const count of [10_000, 100_000]) {
    const all = leads(count);
    const activities = activitiesFor(all);
    bench(`re-score ${count.toLocaleString('en')} leads with ~5 activities each`, () => {
      for (const lead of all) scoreLead(lead, activities.get(lead.id) ?? [], model, NOW);
    }, { iterations: 5, time: 0 });
  }
});
