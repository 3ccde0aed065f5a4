import type { MessageTransport, OutgoingMessage } from './message-transport.js';

/** POSTs `{ channel, to, template, text, code? }` to a delivery service (an SMS provider bridge,
 * a test inbox). Anything but a 2xx is a failure the outbox retries. */
export class WebhookTransport implements MessageTransport {
  constructor(private readonly options: { url: string; timeoutMs?: number }) {}

  async send(message: OutgoingMessage): Promise<void> {
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`message webhook answered ${response.status}`);
  }
}
