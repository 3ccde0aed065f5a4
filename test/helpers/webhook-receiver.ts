import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/** A billing system's webhook endpoint on a local port: it keeps every POST, answers 500 to the
 * next `failures` of them, and can take its time (`delayMs`) to widen races. */
export class WebhookReceiver {
  readonly posts: ReceivedPost[] = [];
  failures = 0;
  delayMs = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = this.failures > 0 ? 500 : 200;
        if (this.failures > 0) this.failures -= 1;
        this.posts.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        setTimeout(() => response.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'down'), this.delayMs);
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/billing-events`;
  }

  reset(): void {
    this.posts.length = 0;
    this.failures = 0;
    this.delayMs = 0;
  }

  /** The ids of the events it accepted (answered 2xx), in the order they arrived. */
  accepted(): string[] {
    return this.posts.filter((post) => post.status === 200).map((post) => (JSON.parse(post.body) as { id: string }).id);
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.close();
    await once(this.server, 'close');
  }
}
