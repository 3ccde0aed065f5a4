import type { Clock } from '../clock.js';
import type { Job } from './poller.js';

/** The job, run at most once every `seconds` of the clock's time by this process (a pass in
 * between does nothing): for scans that need not run at the poller's pace (each second). */
export function atMostEvery(job: Job, seconds: number, clock: Clock): Job {
  let lastRun: number | undefined;
  return {
    name: job.name,
    runOnce: async () => {
      const now = clock.now().getTime();
      if (lastRun !== undefined && now - lastRun < seconds * 1000) return 0;
      lastRun = now;
      return job.runOnce();
    },
  };
}
