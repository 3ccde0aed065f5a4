import { Agent, request } from 'node:http';

export interface OpenLoopResult {
  sent: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/**
 * Sends GETs at a fixed rate, evenly spaced (one every 1000/rate ms), whatever the server does,
 * and times each from the moment it was due, not from when it went out: a stalled server is seen
 * in the latency (no coordinated omission). Closed-loop tools that rate-limit each connection
 * send their connections' requests in bursts, which measures the burst, not the server.
 */
export async function openLoop(url: string, options: { rate: number; seconds: number; headers?: Record<string, string>; connections?: number }): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections ?? 50 });
  const target = new URL(url);
  const total = Math.round(options.rate * options.seconds);
  const intervalMs = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, headers: options.headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors += 1;
          latencies.push(performance.now() - due);
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  while (sent < total) {
    const now = performance.now();
    while (sent < total && started + sent * intervalMs <= now) {
      inFlight.push(send(started + sent * intervalMs));
      sent += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + sent * intervalMs - performance.now())));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { sent, perSecond: sent / seconds, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, errors };
}
