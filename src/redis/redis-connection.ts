import { createClient } from 'redis';
import type { Logger } from '../logger.js';

/** The one Redis connection of a process (shared rate limits). */
export interface RedisConnection {
  /** A raw command; rejects at once while Redis is unreachable (no offline queue). */
  sendCommand(args: string[]): Promise<unknown>;
  /** True when Redis answers a PING within the command timeout (/readyz). */
  ping(): Promise<boolean>;
  /** Resolves once connected, or after `maxMs` (start-up waits briefly, never for good). */
  waitUntilReady(maxMs: number): Promise<void>;
  close(): Promise<void>;
}

const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * Connects in the background and keeps reconnecting: a process starts and serves while Redis is
 * down, and the rate limits decide what an unanswered command means (see rate-limits.ts).
 * Commands are never queued while disconnected, and each one times out, so a dead or hung Redis
 * costs a request at most `timeoutMs`, never a pile-up.
 */
export function connectRedis(options: { url: string; timeoutMs: number; logger: Logger }): RedisConnection {
  const { logger } = options;
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: options.timeoutMs },
    socket: {
      // Generous: a slow connect blocks no request (they fail safe meanwhile), a short one only
      // turns a busy start-up into a reconnect loop.
      connectTimeout: Math.max(options.timeoutMs, 5000),
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  // One line per outage, not one per reconnect attempt.
  let reachable: boolean | undefined;
  client.on('ready', () => {
    if (reachable !== true) logger.info('redis connected');
    reachable = true;
  });
  client.on('error', (error: unknown) => {
    if (reachable !== false) logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'redis unreachable; shared rate limits are failing safe until it is back');
    reachable = false;
  });
  void client.connect().catch(() => undefined); // reported through 'error', retried by the strategy

  return {
    sendCommand: (args) => client.sendCommand(args),
    ping: async () => {
      try {
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    waitUntilReady: (maxMs) =>
      client.isReady
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(done, maxMs);
            function done() {
              clearTimeout(timer);
              client.off('ready', done);
              resolve();
            }
            client.once('ready', done);
          }),
    close: async () => {
      try {
        if (client.isReady) await client.close();
        else if (client.isOpen) client.destroy(); // still reconnecting: nothing to flush
      } catch {
        client.destroy();
      }
    },
  };
}
