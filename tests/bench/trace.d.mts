export interface TraceEvent {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}
export function extensionScriptTime(events: TraceEvent[]): number;
export function extensionTaskTime(events: TraceEvent[]): number;
