import type { MessageTransport, OutgoingMessage } from './message-transport.js';

/** The development transport: prints each message so a person trying the flow can read the code. */
export class ConsoleTransport implements MessageTransport {
  constructor(private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  async send(message: OutgoingMessage): Promise<void> {
    this.write(`[message] ${message.channel} to ${message.to}: ${message.text}`);
  }
}
