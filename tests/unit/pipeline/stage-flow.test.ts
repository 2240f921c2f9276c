import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type StageChange } from '../../../lib/model';
import { findBottleneck, type StageConversion, type StageTime } from '../../../lib/pipeline';
import { median } from '../../../lib/pipeline/median';
import { createStageFlow } from '../../../lib/pipeline/stage-flow';
import { NOW, path } from './lead-factory';

/** One lead through the flow: [stageId, converted, samples, median days] for each stage it entered. */
function flowOf(history: StageChange[], lastStayEnd: number | undefined) {
  const flow = createStageFlow(DEFAULT_STAGES);
  flow.add(history, lastStayEnd);
  const { stageConversion, timeInStage } = flow.result();
  return stageConversion
    .filter((c) => c.entered > 0)
    .map((c) => {
      const t = timeInStage.find((row) => row.stageId === c.stageId);
      return [c.stageId, c.converted, t?.samples ?? 0, t?.medianDays.value ?? null];
    });
}

describe('one lead through the stage flow', () => {
  it.each([
    ['straight to won', path(['new', 10], ['won', 4]), undefined, [['new', 1, 1, 6]]],
    ['to lost: no conversion', path(['new', 10], ['lost', 4]), undefined, [['new', 0, 1, 6]]],
    [
      'moved back a stage, then on: both converted, stays summed',
      path(['new', 20], ['contacted', 16], ['new', 12], ['contacted', 10], ['qualified', 4]),
      NOW,
      [['new', 1, 1, 4 + 2], ['contacted', 1, 1, 4 + 6], ['qualified', 0, 1, 4]],
    ],
    ['moved back and left there: later stage not converted', path(['new', 20], ['proposal', 10], ['new', 5]), NOW, [['new', 1, 1, 15], ['proposal', 0, 1, 5]]],
    ['skipped stages are not entered', path(['new', 9], ['negotiation', 3]), NOW, [['new', 1, 1, 6], ['negotiation', 0, 1, 3]]],
    ['a move at the same instant is a zero-day stay', path(['new', 9], ['contacted', 9]), NOW, [['new', 1, 1, 0], ['contacted', 0, 1, 9]]],
    ['archived without a close time: its last stay is left out', path(['new', 9], ['contacted', 5]), undefined, [['new', 1, 1, 4], ['contacted', 0, 0, null]]],
    ['unknown stages are skipped but still end a stay', path(['new', 9], ['gone', 5], ['qualified', 2]), NOW, [['new', 1, 1, 4], ['qualified', 0, 1, 2]]],
  ])('%s', (_name, history, end, expected) => {
    expect(flowOf(history, end)).toEqual(expected);
  });
});

describe('median', () => {
  it.each([
    [[], Number.NaN],
    [[4], 4],
    [[9, 1], 5],
    [[3, 1, 2], 2],
    [[10, 2, 8, 4], 6],
    [[100, 1, 1, 1, 50], 1],
    [[5, 5, 5, 5], 5],
    [[1, 2, 3, 4, 5, 6], 3.5],
    [[6, 5, 4, 3, 2, 1, 0], 3],
  ])('median(%j) = %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it('agrees with sorting, and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (samples) => {
        const before = [...samples];
        const sorted = [...samples].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        const expected = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
        expect(median(samples)).toBe(expected);
        expect(samples).toEqual(before);
      }),
    );
  });
});

const time = (stageId: string, samples: number, medianDays: number | null): StageTime => ({
  stageId,
  samples,
  medianDays: medianDays === null ? { value: null, reason: 'x' } : { value: medianDays },
});
const conv = (stageId: string, rate: number): StageConversion => ({ stageId, entered: 10, converted: rate * 10, rate: { value: rate } });

describe('findBottleneck: the longest median time in stage, among stages with ≥ 3 leads', () => {
  it.each([
    ['longest median wins', [time('a', 5, 3), time('b', 5, 9), time('c', 5, 4)], [], 'b'],
    ['too few samples are ignored', [time('a', 5, 3), time('b', 2, 90)], [], 'a'],
    ['a tie goes to the worse converter', [time('a', 5, 7), time('b', 5, 7)], [conv('a', 0.8), conv('b', 0.3)], 'b'],
    ['a full tie goes to the earlier stage', [time('a', 5, 7), time('b', 5, 7)], [conv('a', 0.5), conv('b', 0.5)], 'a'],
    ['conversion alone never decides', [time('a', 5, 2), time('b', 5, 3)], [conv('a', 0.01), conv('b', 1)], 'b'],
    ['no eligible stage', [time('a', 2, 3), time('b', 0, null)], [], null],
  ])('%s', (_name, times, conversions, expected) => {
    expect(findBottleneck(times, conversions).value).toBe(expected);
  });

  it('reports the median and samples of the bottleneck', () => {
    expect(findBottleneck([time('a', 4, 12.5)], [])).toEqual({ value: 'a', rule: 'longest-median-time-in-stage', medianDays: 12.5, samples: 4 });
  });
});

it('starts the flow clean for each lead (no scratch state leaks)', () => {
  const flow = createStageFlow(DEFAULT_STAGES);
  flow.add(path(['new', 10], ['contacted', 5]), NOW);
  flow.add(path(['contacted', 3]), NOW);
  const { stageConversion, timeInStage } = flow.result();
  expect(stageConversion.find((r) => r.stageId === 'new')).toMatchObject({ entered: 1, converted: 1 });
  expect(stageConversion.find((r) => r.stageId === 'contacted')).toMatchObject({ entered: 2, converted: 0 });
  expect(timeInStage.find((r) => r.stageId === 'contacted')).toMatchObject({ samples: 2, medianDays: { value: 4 } });
});
