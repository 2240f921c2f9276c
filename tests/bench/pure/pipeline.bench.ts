import { bench, describe } from 'vitest';
import { computeMetrics } from '../../../lib/pipeline';
import { DEFAULT_STAGES } from '../../../lib/model';
import { leads, NOW } from './leads';

const pipeline = leads(100_000);
const history = Object.fromEntries(pipeline.map((lead) => [lead.id, lead.stageHistory]));

describe('computeMetrics', () => {
  bench('100,000 leads with their stage histories, 90-day period', () => {
    computeMetrics(pipeline, history, NOW, { days: 90 }, DEFAULT_STAGES, { weeklyTarget: 10 });
  }, { iterations: 10, time: 0 });
});
