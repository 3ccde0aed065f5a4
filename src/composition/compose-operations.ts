import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import type { Registry } from 'prom-client';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { publicRateLimit, tokenRateLimit, type LimitName } from '../http/rate-limits.js';
import type { Logger } from '../logger.js';
import { countCommits } from '../db/commit-counter.js';
import { BalanceBacklogQueries } from '../features/balance/balance-backlog.js';
import { HoldBacklogQueries } from '../features/cards/hold-backlog.js';
import { ChargeBacklogQueries } from '../features/charges/charge-backlog.js';
import { TicketBacklogQueries } from '../features/transfer-tickets/ticket-backlog.js';
import { OutboxBacklogQueries } from '../messaging/outbox-backlog.js';
import { BacklogQueries } from '../metrics/backlog-queries.js';
import { OperatorMetrics } from '../metrics/operator-metrics.js';
import { connectRedis, type RedisConnection } from '../redis/redis-connection.js';

export interface Operations {
  operatorMetrics: OperatorMetrics;
  /** Set with REDIS_URL: the rate limits' shared store. Closed on SIGTERM (main.ts). */
  redis?: RedisConnection;
  publicRateLimit: RequestHandler;
  tokenRateLimit: RequestHandler;
}

/** What runs the service across instances: operator metrics, the Redis connection and the rate
 * limits, which share one budget through Redis when REDIS_URL is set (else count per process). */
export function composeOperations(deps: { config: Readonly<Config>; db: Knex; simulatorDb?: Knex; clock: Clock; logger: Logger; metrics: Registry }): Operations {
  const { config, logger } = deps;
  // The backlog gauges ask each owner for its part; the ports read the database only, so they are
  // made here, before the features that take operatorMetrics.
  const backlog = new BacklogQueries({
    holds: new HoldBacklogQueries(deps.db),
    charges: new ChargeBacklogQueries(deps.db),
    balance: new BalanceBacklogQueries(deps.db),
    transferTickets: new TicketBacklogQueries(deps.db),
    outbox: new OutboxBacklogQueries(deps.db),
  });
  const operatorMetrics = new OperatorMetrics(deps.metrics, backlog, deps.clock, logger);
  // Durable commits on the service's connection(s): what bounds charges per second.
  countCommits(deps.db, operatorMetrics.dbCommit);
  // The simulator's, when it has connections of its own (its commits are told apart by table).
  if (deps.simulatorDb) countCommits(deps.simulatorDb, operatorMetrics.dbCommit);
  const redis = config.REDIS_URL ? connectRedis({ url: config.REDIS_URL, timeoutMs: config.REDIS_TIMEOUT_MS, logger }) : undefined;
  // One store per limit (express-rate-limit refuses to share one), each under its own key prefix.
  const store = (limit: LimitName) =>
    redis && new RedisStore({ sendCommand: (...args: string[]) => redis.sendCommand(args) as Promise<RedisReply>, prefix: `${config.REDIS_KEY_PREFIX}rl:${limit}:` });
  const limitDeps = (limit: LimitName) => ({ ...(redis ? { store: store(limit) } : {}), events: operatorMetrics.rateLimits, logger });
  return {
    operatorMetrics,
    ...(redis ? { redis } : {}),
    publicRateLimit: publicRateLimit(config.RATE_LIMIT_PUBLIC_PER_MINUTE, limitDeps('public')),
    tokenRateLimit: tokenRateLimit(config.RATE_LIMIT_PER_MINUTE, limitDeps('token')),
  };
}
