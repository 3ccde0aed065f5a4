import { pino, type Logger } from 'pino';
import { redactCardNumbers } from './http/find-card-number.js';

export type { Logger };

/** Structured JSON logs. Every line passes through card-number redaction on its way out, so a
 * card number that slips into a message, an error or a field never reaches the log. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'card-vault' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', '*.password', '*.code', '*.id_number'], censor: '[REDACTED]' },
      hooks: { streamWrite: (line) => redactCardNumbers(line) },
    },
    destination,
  );
}
