import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { ConsoleTransport } from '../../../src/messaging/console-transport.js';
import { WebhookTransport } from '../../../src/messaging/webhook-transport.js';

const message = { channel: 'sms' as const, to: '+56912345678', template: 'mobile_code', text: 'Card Vault code: 123456.', code: '123456' };

describe('message transports', () => {
  let server: Server;
  let received: Array<{ body: unknown; type?: string }>;
  let status: number;

  beforeEach(async () => {
    received = [];
    status = 204;
    server = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      received.push({ body: JSON.parse(body), type: req.headers['content-type'] });
      res.statusCode = status;
      res.end();
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  afterEach(() => server.close());
  const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;

  it('when the webhook transport sends, then it POSTs the contract’s JSON shape', async () => {
    await new WebhookTransport({ url: url() }).send(message);
    expect(received).to.deep.equal([{ body: message, type: 'application/json' }]);
  });

  it('when the webhook answers an error, then the send fails so the outbox retries', async () => {
    status = 503;
    let failed = false;
    await new WebhookTransport({ url: url() }).send(message).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('when the console transport sends, then one readable line carries the code', async () => {
    const lines: string[] = [];
    await new ConsoleTransport((line) => lines.push(line)).send(message);
    expect(lines).to.deep.equal(['[message] sms to +56912345678: Card Vault code: 123456.']);
  });
});
