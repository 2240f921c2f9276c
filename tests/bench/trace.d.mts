export interface TraceEvent {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  /** Thread-clock start and duration (µs), when the trace records them. */
  tts?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}
export function extensionScriptTime(events: TraceEvent[]): number;
export function extensionScriptCpuTime(events: TraceEvent[]): number;
export function extensionTaskTime(events: TraceEvent[]): number;
export function extensionTaskCpuTime(events: TraceEvent[]): number;
export function javaScriptTaskCpuTime(events: TraceEvent[], options?: { whole?: boolean }): number;
