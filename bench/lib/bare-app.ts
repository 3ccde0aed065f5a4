import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, sleep } from '../../test/crash/service-process.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BareApp {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts one of the bench's bare baselines (bench/bare-*.ts) as its own process, pinned like the
 * service when `cpus` is given, and waits until its /readyz answers. */
export async function startBareApp(script: string, env: Record<string, string> = {}, cpus?: string): Promise<BareApp> {
  const port = await freePort();
  const node = [process.execPath, '--import', 'tsx', script];
  const [command, ...args] = cpus === undefined ? node : ['taskset', '-c', cpus, ...node];
  const child = spawn(command!, args, { cwd: repoRoot, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited during start-up`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not become ready`);
    }
    await sleep(50);
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
