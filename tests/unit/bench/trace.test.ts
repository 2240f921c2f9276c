import { describe, expect, it } from 'vitest';
import { extensionScriptTime, extensionTaskTime, type TraceEvent } from '../../bench/trace.mjs';

const MAIN = { name: 'thread_name', pid: 1, tid: 2, args: { name: 'CrRendererMain' } };
const OTHER = { name: 'thread_name', pid: 1, tid: 3, args: { name: 'Compositor' } };
const EXT = 'chrome-extension://abc/content-scripts/linkedin.js';
const event = (name: string, ts: number, dur: number, url: string, tid = 2): TraceEvent => ({ name, ph: 'X', pid: 1, tid, ts, dur, args: { data: { url } } });

describe('extensionScriptTime', () => {
  it('counts nested events once and adds separate ones (µs in, ms out)', () => {
    const events = [MAIN, event('EvaluateScript', 0, 1000, EXT), event('v8.compile', 100, 200, EXT), event('FunctionCall', 5000, 500, EXT)];
    expect(extensionScriptTime(events)).toBe(1.5);
  });

  it('counts overlapping events by their union', () => {
    expect(extensionScriptTime([MAIN, event('FunctionCall', 0, 1000, EXT), event('TimerFire', 800, 400, EXT)])).toBe(1.2);
  });

  it("ignores the page's own scripts, other threads and unrelated events", () => {
    const events = [MAIN, OTHER, event('FunctionCall', 0, 900, 'https://www.linkedin.com/app.js'), event('FunctionCall', 0, 900, EXT, 3), event('Layout', 0, 900, EXT)];
    expect(extensionScriptTime(events)).toBe(0);
  });
});

describe('extensionTaskTime', () => {
  it('counts each whole task that ran an extension script, once', () => {
    const events = [
      MAIN,
      event('RunTask', 0, 3000, ''),
      event('FunctionCall', 100, 200, EXT),
      event('FunctionCall', 1000, 200, EXT),
      event('RunTask', 5000, 2000, ''),
      event('FunctionCall', 5100, 100, 'https://www.linkedin.com/app.js'),
    ];
    expect(extensionTaskTime(events)).toBe(3);
  });

  it('is never below the script time', () => {
    const events = [MAIN, event('RunTask', 0, 1000, ''), event('EvaluateScript', 100, 500, EXT)];
    expect(extensionTaskTime(events)).toBeGreaterThanOrEqual(extensionScriptTime(events));
  });
});
