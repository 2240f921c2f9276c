import type { Stage, StageChange } from '../model';
import { figure, noData } from './figure';
import { median } from './median';
import type { StageConversion, StageTime } from './metrics-schema';
import { DAY_MS } from './utc-days';

/**
 * Stage conversion and time in stage, accumulated lead by lead in one walk of each history.
 * Only open stages get rows, in pipeline order. A stage's rank is its place among the open
 * stages; a won stage ranks above them all (reaching it is progress from anywhere) and a
 * lost stage below (reaching it is never progress). Stages missing from the settings are
 * ignored.
 */
export interface StageFlow {
  /** `history` oldest first; `lastStayEnd` ends the final stay (now for open leads), or undefined to leave it out. */
  add(history: readonly StageChange[], lastStayEnd: number | undefined): void;
  result(): { stageConversion: StageConversion[]; timeInStage: StageTime[] };
}

const LOST_RANK = -1;
const UNKNOWN = -2;

export function createStageFlow(stages: readonly Stage[]): StageFlow {
  const open = stages.filter((s) => s.kind === 'open');
  const rank = new Map<string, number>(open.map((s, i) => [s.id, i]));
  for (const s of stages) if (s.kind !== 'open') rank.set(s.id, s.kind === 'won' ? open.length : LOST_RANK);
  const n = open.length;
  const entered = new Int32Array(n);
  const converted = new Int32Array(n);
  const samples: number[][] = open.map(() => []);
  // Per-lead scratch, reused so that a lead costs no allocation.
  const bestAfterFirstEntry = new Int32Array(n);
  const stay = new Float64Array(n);
  const stayKnown = new Uint8Array(n);
  const seen = new Uint8Array(n);

  function add(history: readonly StageChange[], lastStayEnd: number | undefined): void {
    seen.fill(0);
    stayKnown.fill(0);
    stay.fill(0);
    let bestLater = UNKNOWN;
    // Backwards, so `bestLater` is the highest rank reached after the current entry; the last
    // write per stage is its first entry, which is followed by the most.
    for (let i = history.length - 1; i >= 0; i--) {
      const entry = history[i];
      if (!entry) continue;
      const r = rank.get(entry.stageId) ?? UNKNOWN;
      if (r >= 0 && r < n) {
        seen[r] = 1;
        bestAfterFirstEntry[r] = bestLater;
        const end = i + 1 < history.length ? history[i + 1]?.at : lastStayEnd;
        if (end !== undefined) {
          stay[r] = (stay[r] ?? 0) + Math.max(0, end - entry.at);
          stayKnown[r] = 1;
        }
      }
      if (r > bestLater) bestLater = r;
    }
    for (let r = 0; r < n; r++) {
      if (!seen[r]) continue;
      entered[r] = (entered[r] ?? 0) + 1;
      if ((bestAfterFirstEntry[r] ?? UNKNOWN) > r) converted[r] = (converted[r] ?? 0) + 1;
      if (stayKnown[r]) samples[r]?.push((stay[r] ?? 0) / DAY_MS);
    }
  }

  function result() {
    return {
      stageConversion: open.map((s, r): StageConversion => {
        const e = entered[r] ?? 0;
        const c = converted[r] ?? 0;
        const rate = e === 0 ? noData('no lead entered this stage') : figure(c / e, 'no lead entered this stage');
        return { stageId: s.id, entered: e, converted: c, rate };
      }),
      timeInStage: open.map((s, r): StageTime => {
        const days = samples[r] ?? [];
        return { stageId: s.id, samples: days.length, medianDays: figure(median(days), 'no lead has spent time in this stage') };
      }),
    };
  }

  return { add, result };
}
