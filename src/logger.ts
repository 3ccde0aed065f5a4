import { pino, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
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

/**
 * Readable lines for a person at a terminal in development (`npm start`): one line per request
 * ("POST /v1/accounts 201 12.3 ms") and per event. JSON everywhere else, production included, for
 * log shippers. The redaction above runs before this formatting.
 */
export function terminalDestination(
  nodeEnv: string,
  stdoutIsTerminal = Boolean(process.stdout.isTTY),
  output: NodeJS.WritableStream = process.stdout,
): pino.DestinationStream | undefined {
  if (nodeEnv !== 'development' || !stdoutIsTerminal) return undefined;
  return PinoPretty({
    destination: output,
    colorize: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service,method,path,status,duration_ms',
    messageFormat: (log, messageKey) =>
      log[messageKey] === 'request' ? `${String(log.method)} ${String(log.path)} ${String(log.status)} ${String(log.duration_ms)} ms` : String(log[messageKey]),
  });
}
