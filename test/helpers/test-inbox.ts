import type { MessageTransport, OutgoingMessage } from '../../src/messaging/message-transport.js';

/** A message transport that keeps what it sends, so tests read codes as a customer would. It can
 * be told to fail, to prove the outbox retries. */
export class TestInbox implements MessageTransport {
  readonly messages: OutgoingMessage[] = [];
  failuresToInject = 0;

  async send(message: OutgoingMessage): Promise<void> {
    if (this.failuresToInject > 0) {
      this.failuresToInject -= 1;
      throw new Error('transport down (injected)');
    }
    this.messages.push(message);
  }

  sentTo(to: string): OutgoingMessage[] {
    return this.messages.filter((message) => message.to === to);
  }

  /** Waits for the count of messages to `to` to reach `count`, then returns the code of the `count`-th one. */
  async code(to: string, count: number): Promise<string> {
    const deadline = Date.now() + 3000;
    for (;;) {
      const sent = this.sentTo(to);
      if (sent.length >= count && sent[count - 1]?.code) return sent[count - 1]!.code!;
      if (Date.now() > deadline) throw new Error(`expected ${count} messages with codes to ${to}, saw ${sent.length}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
