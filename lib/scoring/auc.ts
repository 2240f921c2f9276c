/**
 * Area under the ROC curve of `scores` for telling positives from negatives: the chance that a
 * random positive scores above a random negative, ties counting half (Mann–Whitney U over
 * midranks, O(n log n)). Undefined when either class is empty.
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number | undefined {
  const order = scores.map((score, i) => ({ score, positive: positive[i] === true })).sort((a, b) => a.score - b.score);
  const positives = order.filter((o) => o.positive).length;
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.score === order[start]?.score) end += 1;
    // Ranks start..end (1-based: start+1..end+1) share their mean.
    const midrank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i += 1) if (order[i]?.positive) rankSum += midrank;
    start = end + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
