import { noData } from './figure';
import { BOTTLENECK_RULE, type Bottleneck, type StageConversion, type StageTime } from './metrics-schema';

/** Below this many leads a long median says more about one lead than about the stage. */
export const MIN_BOTTLENECK_SAMPLES = 3;

/**
 * The bottleneck is the open stage with the longest median time in stage, among stages with
 * at least MIN_BOTTLENECK_SAMPLES measured leads. Time is the rule rather than conversion
 * because the first stage nearly always converts worst (most prospects never answer), which
 * would make it the bottleneck of every pipeline. Ties go to the stage that converts worse,
 * then to the earlier stage.
 */
export function findBottleneck(times: readonly StageTime[], conversions: readonly StageConversion[]): Bottleneck {
  const rateOf = new Map(conversions.map((c) => [c.stageId, c.rate.value ?? 1]));
  let best: { stageId: string; medianDays: number; samples: number; rate: number } | undefined;
  for (const t of times) {
    if (t.samples < MIN_BOTTLENECK_SAMPLES || t.medianDays.value === null) continue;
    const candidate = { stageId: t.stageId, medianDays: t.medianDays.value, samples: t.samples, rate: rateOf.get(t.stageId) ?? 1 };
    if (!best || candidate.medianDays > best.medianDays || (candidate.medianDays === best.medianDays && candidate.rate < best.rate)) {
      best = candidate;
    }
  }
  if (!best) return noData(`no stage has ${MIN_BOTTLENECK_SAMPLES} or more leads with a measured stay`);
  return { value: best.stageId, rule: BOTTLENECK_RULE, medianDays: best.medianDays, samples: best.samples };
}
