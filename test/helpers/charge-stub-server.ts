import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChargeStub {
  url: string;
  /** Bodies received, when `keepBodies` is set (small runs only). */
  bodies: Array<Record<string, unknown>>;
  requests: number;
  /** With `hold`, answers nothing until released: a service that has stalled. */
  release(): void;
  close(): Promise<void>;
}

/** A stand-in for the charges endpoint that answers every charge 201 at once, so a batch run
 * measures the runner itself, not the service. Listens on an ephemeral port. */
export async function startChargeStub(options: { keepBodies?: boolean; hold?: boolean } = {}): Promise<ChargeStub> {
  const held: Array<() => void> = [];
  let holding = options.hold ?? false;
  const stub: ChargeStub = {
    url: '',
    bodies: [],
    requests: 0,
    release: () => {
      holding = false;
      for (const answer of held.splice(0)) answer();
    },
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      stub.requests += 1;
      const body = JSON.parse(text) as Record<string, unknown>;
      if (options.keepBodies) stub.bodies.push({ ...body, idempotency_key: req.headers['idempotency-key'] });
      const accountId = decodeURIComponent(req.url?.split('/')[3] ?? '');
      const id = `ch_${stub.requests}`;
      const answer = () => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id, account_id: accountId, status: 'succeeded', amount: body.amount, currency: body.currency ?? 'USD', card_id: 'card_1', attempts: [{ card_id: 'card_1', last4: '4242', result: 'succeeded' }] }));
      };
      if (holding) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return stub;
}
