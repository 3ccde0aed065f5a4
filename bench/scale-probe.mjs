// Preloaded into the service only by bench/scale.ts (NODE_OPTIONS="--expose-gc --import <this>"),
// so the service itself needs no hidden endpoint: on SIGUSR2 it collects garbage twice, then
// writes its resident memory (VmRSS from /proc/self/status) to SCALE_PROBE_FILE.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.SCALE_PROBE_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    setTimeout(() => {
      globalThis.gc?.();
      const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
      writeFileSync(file, JSON.stringify({ pid: process.pid, rssKb: kilobytes, heapUsed: process.memoryUsage().heapUsed, collected: typeof globalThis.gc === 'function' }));
    }, 250);
  });
}
