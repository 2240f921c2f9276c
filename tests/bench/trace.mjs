// Reads a Chromium trace (devtools.timeline + v8 categories) for the time extension scripts
// spent on the page's main thread.

/** Events whose `url` says which script ran: evaluation, compilation and callbacks. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'TimerFire', 'EventDispatch', 'FireAnimationFrame']);
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const urlOf = (event) => event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
const threadOf = (event) => `${event.pid}:${event.tid}`;

function onMainThreads(events) {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf));
  return events.filter((e) => e.ph === 'X' && main.has(threadOf(e)));
}

const isExtensionScript = (e) => SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith('chrome-extension://');

/** Total length of the union of [start, end] intervals, per thread (µs). */
function unionLength(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  let total = 0;
  let thread = '';
  let end = -Infinity;
  for (const [id, start, stop] of sorted) {
    if (id !== thread) {
      thread = id;
      end = -Infinity;
    }
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

/**
 * Milliseconds of main-thread time in events that ran a `chrome-extension://` script, with
 * nested events (a compile inside an evaluation, a forced layout inside a callback) counted
 * once. A lower bound: work the scripts cause later (style, layout, paint) is not in it.
 */
export function extensionScriptTime(events) {
  const ours = onMainThreads(events).filter(isExtensionScript);
  return unionLength(ours.map((e) => [threadOf(e), e.ts, e.ts + (e.dur ?? 0)])) / 1000;
}

/**
 * The same events measured on the thread's CPU clock (`tts`/`tdur`): the time the main thread
 * actually ran our scripts, without the time the OS gave other processes in the middle. On a busy
 * machine the wall-clock figure above swings by tens of ms from run to run; this one barely does.
 */
export function extensionScriptCpuTime(events) {
  const ours = onMainThreads(events).filter((e) => isExtensionScript(e) && e.tts !== undefined);
  return unionLength(ours.map((e) => [threadOf(e), e.tts, e.tts + (e.tdur ?? 0)])) / 1000;
}

/**
 * Milliseconds of the whole main-thread tasks in which an extension script ran. An upper
 * bound: a task that ran the page's code too (or the harness's) counts in full.
 */
export function extensionTaskTime(events) {
  return unionLength(tasksRunningExtension(events).map((t) => [threadOf(t), t.ts, t.ts + (t.dur ?? 0)])) / 1000;
}

/**
 * `extensionTaskTime` on the thread's CPU clock. The script figures miss promise continuations
 * (detection and drawing run after an `await`, in a `RunMicrotasks` event with no script URL);
 * these whole tasks hold them, and on the CPU clock without the time other processes took.
 */
export function extensionTaskCpuTime(events) {
  const tasks = tasksRunningExtension(events).filter((t) => t.tts !== undefined);
  return unionLength(tasks.map((t) => [threadOf(t), t.tts, t.tts + (t.tdur ?? 0)])) / 1000;
}

// Events that run JavaScript, anyone's. `RunMicrotasks` (category v8.execute) holds the promise
// continuations that carry no script URL: detection after `await`, the card drawn after a reply.
const JS_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame']);

/**
 * CPU-clock milliseconds of main-thread tasks that ran any JavaScript: on a page load, from the
 * first extension script on; with `whole`, in the whole trace (an SPA navigation, whose listeners
 * run inside the harness's own `pushState` call and so carry no extension URL). Pipewell's time
 * only where the page's own scripts are blocked, as on the bench's fixtures.
 */
export function javaScriptTaskCpuTime(events, { whole = false } = {}) {
  const main = onMainThreads(events);
  const starts = main.filter(isExtensionScript).map((e) => e.ts);
  const from = whole ? -Infinity : starts.length ? Math.min(...starts) : Infinity;
  const js = main.filter((e) => JS_EVENTS.has(e.name));
  const tasks = main.filter((t) => TASKS.has(t.name) && t.tts !== undefined && t.ts + (t.dur ?? 0) >= from);
  const ran = tasks.filter((t) => js.some((e) => threadOf(e) === threadOf(t) && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)));
  return unionLength(ran.map((t) => [threadOf(t), t.tts, t.tts + (t.tdur ?? 0)])) / 1000;
}

function tasksRunningExtension(events) {
  const main = onMainThreads(events);
  const tasks = main.filter((e) => TASKS.has(e.name));
  const touched = new Set();
  for (const script of main.filter(isExtensionScript)) {
    const task = tasks.find((t) => threadOf(t) === threadOf(script) && t.ts <= script.ts && script.ts <= t.ts + (t.dur ?? 0));
    if (task) touched.add(task);
  }
  return [...touched];
}
