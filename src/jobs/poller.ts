import type { Logger } from '../logger.js';

/** A background job: one pass does a bounded amount of work and returns how much it did. Jobs
 * claim their rows with leases, so several processes may poll the same tables safely. */
export interface Job {
  name: string;
  runOnce(): Promise<number>;
}

/** Runs each job every `intervalMs`, one pass at a time; `stop()` waits for passes under way. */
export class Poller {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly jobs: Job[],
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.runAll().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass over every job (tests call this instead of waiting for the timer). */
  async runAll(): Promise<void> {
    for (const job of this.jobs) {
      try {
        await job.runOnce();
      } catch (error) {
        this.logger.error({ job: job.name, err: { message: error instanceof Error ? error.message : String(error) } }, 'job pass failed');
      }
    }
  }
}
