export type MessageChannel = 'email' | 'sms';

export interface OutgoingMessage {
  channel: MessageChannel;
  to: string;
  template: string;
  text: string;
  code?: string;
}

/** Delivers one message or throws; the outbox retries failures. */
export interface MessageTransport {
  send(message: OutgoingMessage): Promise<void>;
}
