import type { BackgroundContext } from './context';

/** A periodic background job, run by a browser alarm (alarms survive the worker stopping). */
export interface Job {
  name: string;
  periodInMinutes: number;
  run: (ctx: BackgroundContext) => Promise<void>;
}

/** The jobs' alarms and the one listener that runs them; features add their job to JOBS. */
export function createJobRunner(jobs: Job[], ctx: () => Promise<BackgroundContext>) {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  return {
    /** The `alarms.onAlarm` listener, registered synchronously at worker start. */
    async onAlarm(alarm: { name: string }): Promise<void> {
      const job = byName.get(alarm.name);
      if (!job) return;
      try {
        await job.run(await ctx());
      } catch (error) {
        console.error(`[pipewell] job ${job.name} failed`, error);
      }
    },
    /** Creates each job's alarm unless it already exists (creating it again would reset it). */
    async schedule(alarms: {
      get(name: string): Promise<unknown>;
      create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): Promise<void> | void;
    }): Promise<void> {
      for (const job of jobs) {
        if (!(await alarms.get(job.name))) await alarms.create(job.name, { periodInMinutes: job.periodInMinutes, delayInMinutes: 1 });
      }
    },
  };
}
