import { describe, expect, it } from 'vitest';
import {
  extensionScriptCpuTime,
  extensionScriptTime,
  extensionTaskCpuTime,
  extensionTaskTime,
  javaScriptTaskCpuTime,
  type TraceEvent,
} from '../../bench/trace.mjs';

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

describe('extensionScriptCpuTime', () => {
  it('measures the same events on the thread clock: time the OS gave others does not count', () => {
    const evaluate = { ...event('EvaluateScript', 0, 9000, EXT), tts: 0, tdur: 3000 };
    const compile = { ...event('v8.compile', 100, 4000, EXT), tts: 100, tdur: 1000 };
    const callback = { ...event('FunctionCall', 20000, 500, EXT), tts: 8000, tdur: 400 };
    expect(extensionScriptCpuTime([MAIN, evaluate, compile, callback])).toBe(3.4);
    expect(extensionScriptTime([MAIN, evaluate, compile, callback])).toBe(9.5);
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

  it('on the CPU clock, counts the whole task (its microtasks too) without time spent off the core', () => {
    const task = { ...event('RunTask', 0, 10000, ''), tts: 0, tdur: 4000 };
    const microtasks = { ...event('RunMicrotasks', 100, 9000, ''), tts: 100, tdur: 3500 };
    const callback = { ...event('FunctionCall', 9500, 200, EXT), tts: 3700, tdur: 200 };
    const pageTask = { ...event('RunTask', 20000, 1000, ''), tts: 5000, tdur: 1000 };
    expect(extensionTaskCpuTime([MAIN, task, microtasks, callback, pageTask])).toBe(4);
    expect(extensionScriptCpuTime([MAIN, task, microtasks, callback, pageTask])).toBe(0.2);
  });

  it('is never below the script time', () => {
    const events = [MAIN, event('RunTask', 0, 1000, ''), event('EvaluateScript', 100, 500, EXT)];
    expect(extensionTaskTime(events)).toBeGreaterThanOrEqual(extensionScriptTime(events));
  });
});

describe('javaScriptTaskCpuTime', () => {
  const timed = (e: TraceEvent, tts: number, tdur: number): TraceEvent => ({ ...e, tts, tdur });
  // Parsing before our script, our evaluation, a reply's continuation (no URL), a paint.
  const parse = timed(event('RunTask', 0, 5000, ''), 0, 5000);
  const inlineScript = event('EvaluateScript', 100, 1000, 'https://www.linkedin.com/in/x/');
  const ours = timed(event('RunTask', 10000, 3000, ''), 5000, 3000);
  const evaluate = event('EvaluateScript', 10100, 2800, EXT);
  const reply = timed(event('RunTask', 20000, 6000, ''), 8000, 4000);
  const microtasks = event('RunMicrotasks', 20100, 5800, '');
  const paint = timed(event('RunTask', 30000, 2000, ''), 12000, 2000);
  const load = [MAIN, parse, inlineScript, ours, evaluate, reply, microtasks, paint, event('Paint', 30100, 1000, '')];

  it('counts tasks that ran JavaScript from the first extension script on, continuations included', () => {
    expect(javaScriptTaskCpuTime(load)).toBe(7);
  });

  it('reads 0 when no extension script ran (the page without Pipewell)', () => {
    expect(javaScriptTaskCpuTime(load.filter((e) => e !== evaluate))).toBe(0);
  });

  it('with `whole`, counts every JavaScript task: listeners called inside another script have no URL', () => {
    const pushState = timed(event('RunTask', 0, 1000, ''), 0, 800);
    const call = event('v8.callFunction', 10, 900, '');
    expect(javaScriptTaskCpuTime([MAIN, pushState, call, reply, microtasks, paint], { whole: true })).toBe(4.8);
  });
});
