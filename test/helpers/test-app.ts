import type { Express } from 'express';
import type { Knex } from 'knex';
import supertest from 'supertest';
import { createApp } from '../../src/app.js';
import type { Scope } from '../../src/auth/principal.js';
import { createContext, type AppContext, type Overrides } from '../../src/composition-root.js';
import { loadConfig } from '../../src/config.js';
import { createKnex } from '../../src/db/create-knex.js';
import { migrateLatest } from '../../src/db/migrate.js';
import { Poller } from '../../src/jobs/poller.js';
import { createLogger } from '../../src/logger.js';
import { TestClock } from './test-clock.js';
import { TestInbox } from './test-inbox.js';
import { eventually } from './eventually.js';

export interface TestApp {
  app: Express;
  api: ReturnType<typeof supertest>;
  context: AppContext;
  db: Knex;
  clock: TestClock;
  inbox: TestInbox;
  /** One pass of every background job (message delivery, hold release, recovery). */
  runJobs(): Promise<void>;
  /** Waits until no message is due or being sent: a request that enqueues a message answers
   * before its delivery writes the message's row, so a test comparing stored rows waits first. */
  messagesSettled(): Promise<void>;
  token(subject: string, scopes: Scope[]): Promise<string>;
  close(): Promise<void>;
}

/** The real app on a fresh, migrated in-memory database, with a hand-moved clock and a message
 * inbox. `env` overrides configuration the way the environment would. */
export async function createTestApp(options: { env?: Record<string, string>; overrides?: Overrides; logLines?: string[]; databaseUrl?: string } = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl ?? ':memory:',
    LOG_LEVEL: options.logLines ? 'info' : 'silent',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '10000',
    RATE_LIMIT_PER_MINUTE: '10000',
    PUBLIC_BASE_URL: 'http://card-vault.test',
    ...options.env,
  });
  const db = createKnex(config.DATABASE_URL);
  await migrateLatest(db);
  const clock = new TestClock();
  const inbox = new TestInbox();
  const logLines = options.logLines;
  const logger = createLogger(config.LOG_LEVEL, logLines ? { write: (line: string) => void logLines.push(line) } : undefined);
  const context = createContext(config, db, logger, { clock, messageTransport: inbox, ...options.overrides });
  const app = createApp(context);
  const poller = new Poller(context.jobs, 1000, logger);
  return {
    app,
    api: supertest(app),
    context,
    db,
    clock,
    inbox,
    runJobs: () => poller.runAll(),
    messagesSettled: () => messagesSettled(db, clock),
    token: (subject, scopes) => context.tokenIssuer.issue(subject, scopes),
    close: async () => {
      await context.redis?.close();
      await db.destroy();
    },
  };
}

async function messagesSettled(db: Knex, clock: TestClock): Promise<void> {
  await eventually('no message due or being sent (is delivery running?)', async () => {
    const [row] = await db('messages').where('status', 'pending').andWhere('next_attempt_at', '<=', clock.now().toISOString()).count({ due: '*' });
    return Number(row?.due ?? 0) === 0;
  });
}
