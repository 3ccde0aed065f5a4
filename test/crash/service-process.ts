import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Scope } from '../../src/auth/principal.js';
import { TokenIssuer } from '../../src/auth/token-issuer.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServiceProcess {
  url: string;
  /** The service's process id (benchmarks read its memory from /proc/<pid>/status). */
  pid: number;
  /** Lines the service printed, for the assertion message when something goes wrong. */
  output: string[];
  /** SIGTERM: drains and exits. */
  stop(): Promise<void>;
  /** SIGKILL: dies on the spot, mid-request, like a crashed host. */
  kill(): Promise<void>;
}

/** A signing secret for one suite's service processes (their AUTH_JWT_SECRET). With the shared
 * development default, a request that reached another suite's process (a pooled connection to a
 * port number reused by the other Node's suite) was accepted there and failed on a database without
 * its account; with a secret of its own, it fails at once with 401. */
export const newJwtSecret = () => randomBytes(32).toString('base64url');

/** A token that processes started with `AUTH_JWT_SECRET: secret` accept. */
export function issueToken(secret: string, subject: string, scopes: Scope[], ttlSeconds = 600): Promise<string> {
  const config = loadConfig({ AUTH_JWT_SECRET: secret });
  return new TokenIssuer({ secret, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, ttlSeconds, clock: systemClock }).issue(subject, scopes);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface LaunchOptions {
  /** Pins the process to these CPUs (`taskset -c <cpus> node …`; taskset execs node, so the pid
   * stays the service's own). Benchmarks pin the service to one core and the load to the other. */
  cpus?: string;
  /** The service's stdout and stderr go to this file instead of a pipe into `output`: a benchmark
   * logging at info must not have every request line copied into the load generator's memory. */
  logFile?: string;
}

/** Starts the real service (`node --import tsx src/main.ts`) and waits until /readyz answers from
 * that very process. The port comes from `freePort()` and stays free only by luck until the child
 * binds it seconds later: on a loaded machine running two suites at once, another service can take
 * it first. The child then dies with EADDRINUSE, and is started again on another port. */
export async function startService(env: Record<string, string>, readyWithinMs = 20_000, launch: LaunchOptions = {}): Promise<ServiceProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnFreePort(env, readyWithinMs, launch);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= 3) throw error;
    }
  }
}

class PortTaken extends Error {}

async function startOnFreePort(env: Record<string, string>, readyWithinMs: number, launch: LaunchOptions): Promise<ServiceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const node = [process.execPath, '--import', 'tsx', 'src/main.ts'];
  const [command, ...args] = launch.cpus === undefined ? node : ['taskset', '-c', launch.cpus, ...node];
  const logFd = launch.logFile === undefined ? undefined : openSync(launch.logFile, 'a');
  const child = spawn(command!, args, {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), PUBLIC_BASE_URL: url, ...env },
    stdio: logFd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', logFd, logFd],
  });
  if (logFd !== undefined) closeSync(logFd); // the child holds its own copy
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  // With a log file, a failure message shows the file's last lines instead.
  const printed = () => (launch.logFile === undefined ? output.join('') : readFileSync(launch.logFile, 'utf8').slice(-4000));
  // 'close', not 'exit': by then every line the child printed has been read.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) {
      await exited;
      if (printed().includes('EADDRINUSE')) throw new PortTaken(`port ${port} was taken before the service bound it`);
      throw new Error(`the service exited during start-up:\n${printed()}`);
    }
    // Ready only when the answer comes from our child: another process may listen on the port.
    if ((await readyOnOwnConnection(url)) && listensOn(child.pid!, port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service did not become ready:\n${printed()}`);
    }
    await sleep(50);
  }
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, pid: child.pid!, output, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}

/** Asks /readyz on a connection of its own, closed after the answer. Through fetch's shared pool,
 * an answer from another suite's service that held the port for a moment would leave a kept-alive
 * connection to that process behind, and the tests' later requests to this URL could go to it. */
function readyOnOwnConnection(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = httpGet(`${url}/readyz`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false)); // not listening yet
  });
}

/** Whether process `pid` holds the socket listening on 127.0.0.1:`port`: the socket's inode in
 * /proc/net/tcp is one of the process's open files. True where /proc cannot tell (not Linux). */
function listensOn(pid: number, port: number): boolean {
  let table: string;
  try {
    table = readFileSync('/proc/net/tcp', 'utf8');
  } catch {
    return true;
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  // Columns: sl local_address rem_address st … uid timeout inode; st 0A is LISTEN.
  const inodes = table.split('\n').slice(1).map((line) => line.trim().split(/\s+/)).filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A').map((cols) => cols[9]);
  if (inodes.length === 0) return false;
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return inodes.includes(readlinkSync(`/proc/${pid}/fd/${fd}`).match(/^socket:\[(\d+)\]$/)?.[1]);
      } catch {
        return false; // closed while we looked
      }
    });
  } catch {
    return false; // the process is gone
  }
}

/** Receives the service's messages (MESSAGE_TRANSPORT=webhook), so tests read codes as a customer would. */
export class MessageInbox {
  private readonly messages: Array<{ to: string; code?: string }> = [];
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        this.messages.push(JSON.parse(body) as { to: string; code?: string });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  count(to: string): number {
    return this.messages.filter((message) => message.to === to).length;
  }

  async code(to: string, count: number): Promise<string> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const sent = this.messages.filter((message) => message.to === to);
      if (sent.length >= count && sent[count - 1]?.code) return sent[count - 1]!.code!;
      if (Date.now() > deadline) throw new Error(`expected ${count} messages to ${to}, saw ${sent.length}`);
      await sleep(10);
    }
  }

  async close(): Promise<void> {
    // A suite that skipped before start() has no server to close (and must not wait for one).
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

