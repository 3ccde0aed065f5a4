import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';

export const CHARGE_SOURCES = ['cards', 'balance', 'balance_then_cards'] as const;
export type ChargeSource = (typeof CHARGE_SOURCES)[number];
export const ON_FAILURE = ['fail', 'retry'] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

export interface BatchLine {
  /** The file's line (where the record ends, header included), for error messages and the results file. */
  line: number;
  accountId: string;
  amount: number;
  currency?: string;
  reference: string;
  /** Sent as the charge's `source` only when the column has a value (the API's default otherwise). */
  source?: ChargeSource;
  /** Sent as `on_failure` only when the column has a value: `retry` keeps a charge no card pays past due (dunning). */
  onFailure?: OnFailure;
}

export interface InvalidLine {
  line: number;
  /** The line's values by column name, as read. */
  cells: Record<Column, string>;
  problem: string;
}

export type BatchItem = { kind: 'line'; line: BatchLine } | { kind: 'invalid'; invalid: InvalidLine };

const COLUMNS = ['account_id', 'amount', 'currency', 'reference', 'source', 'on_failure'] as const;
type Column = (typeof COLUMNS)[number];

/** Streams `account_id,amount,currency,reference[,source[,on_failure]]` rows one at a time (csv-parse, RFC 4180,
 * LF, CRLF or CR line ends), so a file of any length is read in constant memory. A header line is
 * optional and may order the columns differently; `currency`, `source` and `on_failure` may be blank (the
 * account's own currency, the API's default source). The reference is required: it is the
 * Idempotency-Key that makes a rerun charge nothing twice. A reference repeated within the file is
 * not looked for here (that would keep every reference in memory): the service answers the repeat
 * from its idempotency record, replayed, or 422 idempotency_key_reused when the line differs. */
export async function* readBatchInput(input: Readable): AsyncGenerator<BatchItem> {
  const records = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, record_delimiter: ['\r\n', '\n', '\r'] }));
  let index: ReturnType<typeof columnIndex> | undefined;
  for await (const { record, info } of records as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // Lines of empty cells carry nothing.
    if (record.every((cell) => cell.trim() === '')) continue;
    if (!index) {
      index = columnIndex(record);
      if (index.header) continue;
    }
    yield readLine(record, info.lines, index);
  }
}

function columnIndex(first: string[]): Record<Column, number> & { header: boolean } {
  const names = first.map((cell) => cell.trim().toLowerCase());
  const header = names.includes('account_id');
  const index = Object.fromEntries(COLUMNS.map((column, position) => [column, header ? names.indexOf(column) : position])) as Record<Column, number>;
  if (header) {
    const missing = COLUMNS.filter((column) => column !== 'currency' && column !== 'source' && column !== 'on_failure' && index[column] < 0);
    if (missing.length > 0) throw new Error(`the header lacks ${missing.join(', ')}`);
  }
  return { ...index, header };
}

function readLine(record: string[], line: number, index: Record<Column, number>): BatchItem {
  const cells = Object.fromEntries(COLUMNS.map((column) => [column, index[column] >= 0 ? (record[index[column]] ?? '').trim() : ''])) as Record<Column, string>;
  const { account_id: accountId, amount, currency, reference, source, on_failure: onFailure } = cells;
  const problem = !accountId
    ? 'account_id is empty'
    : !/^\d+$/.test(amount)
      ? `amount "${amount}" is not a whole number of minor units`
      : !reference
        ? 'reference is empty (it is the idempotency key)'
        : source && !(CHARGE_SOURCES as readonly string[]).includes(source)
          ? `source "${source}" is not one of ${CHARGE_SOURCES.join(', ')}`
          : onFailure && !(ON_FAILURE as readonly string[]).includes(onFailure)
            ? `on_failure "${onFailure}" is not one of ${ON_FAILURE.join(', ')}`
            : undefined;
  if (problem) return { kind: 'invalid', invalid: { line, cells, problem } };
  return {
    kind: 'line',
    line: { line, accountId, amount: Number(amount), ...(currency ? { currency } : {}), reference, ...(source ? { source: source as ChargeSource } : {}), ...(onFailure ? { onFailure: onFailure as OnFailure } : {}) },
  };
}
