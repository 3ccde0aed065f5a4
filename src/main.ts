import type { Server } from 'node:http';
import { createApp } from './app.js';
import { createContext } from './composition-root.js';
import { ConfigError, loadConfig } from './config.js';
import { createKnex, createSimulatorKnex } from './db/create-knex.js';
import { createReads } from './db/read-statements.js';
import { migrateLatest } from './db/migrate.js';
import { connectionDrain } from './http/connection-drain.js';
import { Poller } from './jobs/poller.js';
import { createLogger, terminalDestination } from './logger.js';

// How long start-up waits for Redis before serving anyway (with the limits failing safe).
const REDIS_START_WAIT_MS = 5000;

/** env → config → migrate → app → listen → jobs; SIGTERM/SIGINT drain and exit. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL, terminalDestination(config.NODE_ENV));
  const db = createKnex(config.DATABASE_URL);
  await migrateLatest(db);
  // Opened after the migrations, which leave a SQLite file in WAL mode.
  const reads = createReads(config.DATABASE_URL);

  // GATEWAY=simulator on PostgreSQL: the stand-in gateway writes on connections of its own.
  const simulatorDb = config.GATEWAY === 'simulator' ? createSimulatorKnex(config.DATABASE_URL) : undefined;

  const context = createContext(config, db, logger, { reads, ...(simulatorDb ? { simulatorDb } : {}) });
  const app = createApp(context);
  const poller = new Poller(context.jobs, config.JOB_POLL_INTERVAL_MS, logger);
  // Serve without Redis if it is down (the limits fail safe), but give it a moment at start-up.
  await context.redis?.waitUntilReady(REDIS_START_WAIT_MS);

  const server: Server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ port: config.PORT, gateway: config.GATEWAY, transport: config.MESSAGE_TRANSPORT }, `card vault listening on ${config.PUBLIC_BASE_URL}`);
  });
  const drain = connectionDrain(server);
  poller.start();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests and jobs');
    drain.begin();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections(); // idle keep-alive sockets would otherwise hold close() open
    await closed;
    await poller.stop();
    await context.redis?.close();
    await reads.close();
    await simulatorDb?.destroy();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`card vault failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
