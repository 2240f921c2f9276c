/** "70%" for a rate, "—" without one. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** "×1.40" for a lift, "—" without one. */
export const times = (lift: number | null) => (lift === null ? '—' : `×${lift.toFixed(2)}`);
