// When the popup loads React's code. Its evaluation (React, zod, the protocol) holds the main
// thread for tens of milliseconds (74 ms in a trace at load 6); started beside the first paint it
// delayed the first rows, and on two cores the background's reads for them too. Loaded after the
// first rows' frame instead: 10,000 leads, no cache, first row 314 -> 230 ms and its frame 448 ->
// 281 ms, React in charge at 443 ms either way (medians of 24 interleaved, load 3.5-6.5, 2026-11-27).

/** The longest React waits for the first paint: a worker woken from sleep may answer late. */
export const REACT_WAITS_MS = 300;

/** Settles after the frame following the current task, when what it drew can be on screen. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Settles once the first paint has drawn and that frame is shown, or after `waitMs`, whichever is first. */
export function untilFirstPaintShown(drawn: Promise<void>, waitMs = REACT_WAITS_MS): Promise<void> {
  return Promise.race([drawn.then(afterNextFrame), new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}
