import type { LeadScore } from '../model';
import type { BookScore, ScoresBucket } from './schema';

const FIELDS = 6;
const GRADES = new Set<string>(['A', 'B', 'C', 'D']);

/** A bucket's scores in columns (see ScoresBucket), from `scores` in the order given. */
export function encodeScores(bucket: number, scores: ReadonlyMap<string, BookScore | null>): ScoresBucket {
  const ids = [...scores.keys()];
  const numbers = new Float64Array(ids.length * FIELDS);
  let grades = '';
  ids.forEach((id, i) => {
    const score = scores.get(id);
    const at = i * FIELDS;
    if (!score) {
      numbers[at] = NaN;
      grades += '-';
      return;
    }
    numbers[at] = score.total;
    numbers[at + 1] = score.fit;
    numbers[at + 2] = score.engagement;
    numbers[at + 3] = score.qualification;
    numbers[at + 4] = score.scoredAt;
    numbers[at + 5] = score.modelVersion;
    grades += score.grade;
  });
  return { bucket, ids, numbers, grades };
}

/**
 * A stored bucket's scores by id, in stored order; an empty map for a record that does not read
 * as columns (the book is then short of leads and rebuilt from the rows).
 */
export function decodeScores(record: unknown): Map<string, BookScore | null> {
  const scores = new Map<string, BookScore | null>();
  if (!isColumns(record)) return scores;
  const { ids, numbers, grades } = record;
  ids.forEach((id, i) => {
    const at = i * FIELDS;
    const grade = grades[i]!;
    if (Number.isNaN(numbers[at]) || !GRADES.has(grade)) {
      scores.set(id, null);
      return;
    }
    scores.set(id, {
      total: numbers[at]!,
      fit: numbers[at + 1]!,
      engagement: numbers[at + 2]!,
      qualification: numbers[at + 3]!,
      grade: grade as LeadScore['grade'],
      scoredAt: numbers[at + 4]!,
      modelVersion: numbers[at + 5]!,
    });
  });
  return scores;
}

function isColumns(record: unknown): record is ScoresBucket {
  if (typeof record !== 'object' || record === null) return false;
  const { ids, numbers, grades } = record as Partial<ScoresBucket>;
  return Array.isArray(ids) && numbers instanceof Float64Array && typeof grades === 'string' && numbers.length === ids.length * FIELDS && grades.length === ids.length;
}
