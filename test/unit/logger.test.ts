import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLogger, terminalDestination } from '../../src/logger.js';

describe('log output', () => {
  it('when the service runs in production or without a terminal, then logs stay JSON', () => {
    expect(terminalDestination('production', true)).to.equal(undefined);
    expect(terminalDestination('development', false)).to.equal(undefined);
    expect(terminalDestination('test', true)).to.equal(undefined);
  });

  it('when a person runs it at a development terminal, then requests read as text with card numbers still redacted', async () => {
    const lines: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const destination = terminalDestination('development', true, output)!;
    const logger = createLogger('info', destination);
    logger.info({ method: 'POST', path: '/v1/accounts', status: 201, duration_ms: 12.5, request_id: 'req_1' }, 'request');
    logger.warn({ note: 'customer typed 4242 4242 4242 4242' }, 'odd input');
    // pino-pretty formats on its way to the stream: wait for both lines.
    for (const deadline = Date.now() + 3000; lines.join('').split('\n').length < 3 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 5));
    const text = lines.join('');
    expect(text).to.include('POST /v1/accounts 201 12.5 ms');
    expect(text).not.to.include('{"level"');
    expect(text).not.to.include('4242 4242 4242 4242');
  });
});
