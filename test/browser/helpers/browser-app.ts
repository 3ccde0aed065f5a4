import { createServer, type Server } from 'node:http';
import type { Knex } from 'knex';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../src/app.js';
import type { Scope } from '../../../src/auth/principal.js';
import { createContext, type AppContext, type Overrides } from '../../../src/composition-root.js';
import { loadConfig } from '../../../src/config.js';
import { createKnex } from '../../../src/db/create-knex.js';
import { migrateLatest } from '../../../src/db/migrate.js';
import { Poller } from '../../../src/jobs/poller.js';
import { createLogger } from '../../../src/logger.js';
import { TestInbox } from '../../helpers/test-inbox.js';

export interface BrowserApp {
  /** Where the browser finds the service, e.g. http://127.0.0.1:41234 */
  url: string;
  context: AppContext;
  inbox: TestInbox;
  token(subject: string, scopes: Scope[]): Promise<string>;
  close(): Promise<void>;
}

/** The real service, as `npm start` runs it (real clock, background jobs polling), on an
 * ephemeral loopback port with a fresh in-memory database and an inbox in place of the console. */
export async function startBrowserApp(options: { env?: Record<string, string>; overrides?: (config: AppContext['config'], db: Knex) => Overrides } = {}): Promise<BrowserApp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ':memory:',
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: url,
    RATE_LIMIT_PUBLIC_PER_MINUTE: '10000',
    RATE_LIMIT_PER_MINUTE: '10000',
    ...options.env,
  });
  const db = createKnex(config.DATABASE_URL);
  await migrateLatest(db);
  const logger = createLogger(config.LOG_LEVEL);
  const inbox = new TestInbox();
  const context = createContext(config, db, logger, { messageTransport: inbox, ...options.overrides?.(config, db) });
  server.on('request', createApp(context));
  const poller = new Poller(context.jobs, 100, logger);
  poller.start();
  return {
    url,
    context,
    inbox,
    token: (subject, scopes) => context.tokenIssuer.issue(subject, scopes),
    async close() {
      await poller.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}
