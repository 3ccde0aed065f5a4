export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
  /** Every request's latency in ms, sorted (for percentiles pooled over several runs). */
  latencies: number[];
}

/** Sends `total` requests with at most `concurrency` in flight; times each one. Status 0: the
 * request failed without an answer. */
export async function runLoad(total: number, concurrency: number, send: (index: number) => Promise<number>): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const begun = performance.now();
      // A network error (reset, refused) counts as status 0 rather than ending the whole run;
      // callers warn about any status they did not expect.
      const status = await send(index).catch(() => 0);
      latencies.push(performance.now() - begun);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => percentileOf(latencies, p);
  return { requests: total, seconds, perSecond: total / seconds, p50: percentile(50), p99: percentile(99), statuses, latencies };
}

/** The p-th percentile (0–100) of latencies sorted ascending; 0 for none. */
export function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
