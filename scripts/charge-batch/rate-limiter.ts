/** Spaces requests evenly at `perSecond`, across every worker (retries included), so the batch
 * stays under the service's and the gateway's rate limits instead of bursting into 429s. */
export class RateLimiter {
  private nextSlot = 0;

  constructor(private readonly perSecond: number) {}

  async take(): Promise<void> {
    if (!Number.isFinite(this.perSecond) || this.perSecond <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.perSecond;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
