// Charges a CSV of `account_id,amount,currency,reference` through the HTTP API, as a billing job:
//   npm run charge-batch -- --file in.csv --out results.csv --url http://localhost:3000 \
//     --token <billing token> [--concurrency 8] [--rate 25] [--max-retries 8] [--timeout 60]
// The token may also come from CHARGE_BATCH_TOKEN (kept out of the process list). Each line's
// reference is its Idempotency-Key, so running the same file again, after a crash or to pick up
// charges still processing, charges nothing twice: finished lines are replayed.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readBatchInput, type BatchLine } from './charge-batch/batch-input.js';
import { chargeLine, type LineOutcome, type LineResult } from './charge-batch/charge-client.js';
import { toCsvLine } from './charge-batch/csv.js';
import { Progress } from './charge-batch/progress.js';
import { RateLimiter } from './charge-batch/rate-limiter.js';

const usage =
  'usage: npm run charge-batch -- --file in.csv --out results.csv --url http://localhost:3000 --token <billing token> [--concurrency 8] [--rate 25] [--max-retries 8] [--timeout 60]\n';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string', default: 'http://localhost:3000' },
    token: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    rate: { type: 'string', default: '25' },
    'max-retries': { type: 'string', default: '8' },
    timeout: { type: 'string', default: '60' },
  },
});
const token = values.token ?? process.env.CHARGE_BATCH_TOKEN;
const concurrency = Number(values.concurrency);
const rate = Number(values.rate);
const maxRetries = Number(values['max-retries']);
const timeoutSeconds = Number(values.timeout);
if (!values.file || !values.out || !token || ![concurrency, maxRetries, timeoutSeconds].every((n) => Number.isInteger(n) && n >= 0) || concurrency < 1 || !(rate > 0)) {
  process.stderr.write(usage);
  process.exit(2);
}

const { lines, invalid } = readBatchInput(readFileSync(values.file, 'utf8'));
const limiter = new RateLimiter(rate);
const progress = new Progress(lines.length, process.stderr);
const started = Date.now();

const results: LineResult[] = new Array(lines.length);
let next = 0;
async function worker(): Promise<void> {
  while (next < lines.length) {
    const index = next++;
    const line = lines[index]!;
    const result = await chargeLine(line, {
      baseUrl: values.url!,
      token: token!,
      limiter,
      maxRetries,
      timeoutMs: timeoutSeconds * 1000,
      onRetry: (retried: BatchLine) => progress.retry(retried.line),
    });
    results[index] = result;
    progress.finished(line.line, result.outcome);
  }
}
await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, lines.length)) }, worker));
progress.end();
const elapsedSeconds = (Date.now() - started) / 1000;

const header = ['line', 'account_id', 'amount', 'currency', 'reference', 'outcome', 'http_status', 'code', 'charge_id', 'card_id', 'attempts', 'replayed', 'requests', 'detail'];
const rows = [
  ...results.map((result) => ({
    line: result.line.line,
    csv: toCsvLine([
      result.line.line,
      result.line.accountId,
      result.line.amount,
      result.currency ?? result.line.currency ?? '',
      result.line.reference,
      result.outcome,
      result.httpStatus,
      result.code,
      result.chargeId,
      result.cardId,
      // card/last4:result[:decline_code], in the order tried
      result.attempts.map((a) => [`${a.card_id}/${a.last4}`, a.result, a.decline_code].filter(Boolean).join(':')).join(' | '),
      result.replayed,
      result.requests,
      result.detail,
    ]),
  })),
  ...invalid.map((bad) => ({ line: bad.line, csv: toCsvLine([bad.line, bad.cells[0], bad.cells[1], bad.cells[2], bad.cells[3], 'invalid', '', '', '', '', '', '', 0, bad.problem]) })),
].sort((a, b) => a.line - b.line);
writeFileSync(values.out, `${[toCsvLine(header), ...rows.map((row) => row.csv)].join('\n')}\n`);

const count = (outcome: LineOutcome) => results.filter((result) => result.outcome === outcome).length;
const charged = new Map<string, number>();
for (const result of results) {
  if (result.outcome === 'succeeded') charged.set(result.currency ?? '?', (charged.get(result.currency ?? '?') ?? 0) + result.line.amount);
}
const requests = results.reduce((sum, result) => sum + result.requests, 0);
const summary = [
  `charge-batch: ${lines.length + invalid.length} lines in ${elapsedSeconds.toFixed(1)} s (${(lines.length / Math.max(elapsedSeconds, 0.001)).toFixed(1)} lines/s), ${requests} requests`,
  `  succeeded            ${count('succeeded')}`,
  `  all_cards_declined   ${count('all_cards_declined')}`,
  `  no_usable_card       ${count('no_usable_card')}`,
  `  processing           ${count('processing')}${count('processing') ? '   (outcome not known yet: run the same file again later)' : ''}`,
  `  rejected             ${count('rejected')}${count('rejected') ? '   (see code and detail in the results)' : ''}`,
  `  error                ${count('error')}${count('error') ? '   (no final answer: run the same file again)' : ''}`,
  `  invalid lines        ${invalid.length}`,
  `  replayed             ${results.filter((result) => result.replayed).length}   (answered from an earlier run: charged nothing now)`,
  `  paid                 ${[...charged].map(([currency, amount]) => `${amount} ${currency}`).join(', ') || 'nothing'} (minor units, replayed lines included)`,
  `  results              ${values.out}`,
];
process.stdout.write(`${summary.join('\n')}\n`);
process.exit(count('processing') + count('rejected') + count('error') + invalid.length > 0 ? 1 : 0);
