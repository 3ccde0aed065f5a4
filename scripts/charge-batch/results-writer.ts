import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { InvalidLine } from './batch-input.js';
import type { LineResult } from './charge-client.js';

export const RESULT_COLUMNS = ['line', 'account_id', 'amount', 'currency', 'reference', 'source', 'on_failure', 'outcome', 'http_status', 'code', 'charge_id', 'card_id', 'attempts', 'replayed', 'requests', 'detail'] as const;
type Row = Partial<Record<(typeof RESULT_COLUMNS)[number], string | number | boolean>>;

/** A leading =, +, - or @ gets a quote mark so a spreadsheet does not run the cell as a formula
 * (negative numbers stay numbers). */
export const defuseFormula = (text: string) => (/^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text);

export function resultRow(result: LineResult): Row {
  return {
    line: result.line.line,
    account_id: result.line.accountId,
    amount: result.line.amount,
    currency: result.currency ?? result.line.currency ?? '',
    reference: result.line.reference,
    source: result.line.source ?? '',
    on_failure: result.line.onFailure ?? '',
    outcome: result.outcome,
    http_status: result.httpStatus ?? '',
    code: result.code ?? '',
    charge_id: result.chargeId ?? '',
    card_id: result.cardId ?? '',
    // card/last4:result[:decline_code], in the order tried
    attempts: result.attempts.map((a) => [`${a.card_id}/${a.last4}`, a.result, a.decline_code].filter(Boolean).join(':')).join(' | '),
    replayed: result.replayed,
    requests: result.requests,
    detail: result.detail ?? '',
  };
}

export function invalidRow(bad: InvalidLine): Row {
  const { cells } = bad;
  return { line: bad.line, account_id: cells.account_id, amount: cells.amount, currency: cells.currency, reference: cells.reference, source: cells.source, on_failure: cells.on_failure, outcome: 'invalid', requests: 0, detail: bad.problem };
}

/** The results CSV, written row by row through csv-stringify; `write` waits while the file is
 * behind, so a slow disk holds the batch back instead of filling memory. */
export function createResultsWriter(path: string) {
  const file = createWriteStream(path);
  const csv = stringify({ header: true, columns: [...RESULT_COLUMNS], cast: { string: defuseFormula, boolean: (value) => String(value) } });
  csv.pipe(file);
  return {
    async write(row: Row): Promise<void> {
      if (!csv.write(row)) await once(csv, 'drain');
    },
    async end(): Promise<void> {
      csv.end();
      await once(file, 'finish');
    },
  };
}
