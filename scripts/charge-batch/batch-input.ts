import { parseCsv } from './csv.js';

export interface BatchLine {
  /** 1-based line in the file, header included, for error messages and the results file. */
  line: number;
  accountId: string;
  amount: number;
  currency?: string;
  reference: string;
}

export interface InvalidLine {
  line: number;
  cells: string[];
  problem: string;
}

const COLUMNS = ['account_id', 'amount', 'currency', 'reference'] as const;

/** Reads `account_id,amount,currency,reference` rows. A header line is optional and may order the
 * columns differently; `currency` may be blank (the account's own). The reference is required: it
 * is the Idempotency-Key that makes a rerun charge nothing twice. */
export function readBatchInput(text: string): { lines: BatchLine[]; invalid: InvalidLine[] } {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const first = rows[0]?.map((cell) => cell.trim().toLowerCase());
  const hasHeader = first?.includes('account_id') ?? false;
  const index = Object.fromEntries(COLUMNS.map((column, position) => [column, hasHeader ? first!.indexOf(column) : position])) as Record<(typeof COLUMNS)[number], number>;
  if (hasHeader) {
    const missing = COLUMNS.filter((column) => column !== 'currency' && index[column] < 0);
    if (missing.length > 0) throw new Error(`the header lacks ${missing.join(', ')}`);
  }

  const lines: BatchLine[] = [];
  const invalid: InvalidLine[] = [];
  const seen = new Map<string, number>();
  rows.slice(hasHeader ? 1 : 0).forEach((cells, offset) => {
    const line = offset + (hasHeader ? 2 : 1);
    const cell = (column: (typeof COLUMNS)[number]) => (index[column] >= 0 ? (cells[index[column]] ?? '').trim() : '');
    const [accountId, amountText, currency, reference] = [cell('account_id'), cell('amount'), cell('currency'), cell('reference')];
    const problem = !accountId
      ? 'account_id is empty'
      : !/^\d+$/.test(amountText)
        ? `amount "${amountText}" is not a whole number of minor units`
        : !reference
          ? 'reference is empty (it is the idempotency key)'
          : seen.has(reference)
            ? `reference ${reference} is already used on line ${seen.get(reference)}`
            : undefined;
    if (problem) {
      invalid.push({ line, cells, problem });
      return;
    }
    seen.set(reference, line);
    lines.push({ line, accountId, amount: Number(amountText), ...(currency ? { currency } : {}), reference });
  });
  return { lines, invalid };
}
