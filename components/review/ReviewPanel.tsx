/** The pipeline review (stale and overdue leads, one at a time). Owned by the hygiene work. */
export function ReviewPanel() {
  return <p className="p-4 text-sm">Review</p>;
}
