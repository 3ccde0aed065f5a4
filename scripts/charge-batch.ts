// Charges a CSV of `account_id,amount,currency,reference[,source[,on_failure]]` through the HTTP API, as a billing job:
//   npm run charge-batch -- --file in.csv --out results.csv --url http://localhost:3000 \
//     --token <billing token> [--concurrency 8] [--rate 25] [--max-retries 8] [--timeout 60]
// The token may also come from CHARGE_BATCH_TOKEN (kept out of the process list). Each line's
// reference is its Idempotency-Key, so running the same file again, after a crash or to pick up
// charges still processing, charges nothing twice: finished lines are replayed. The file is
// streamed in and the results streamed out, with a bounded number of lines in flight, so a
// million-line file runs in the same memory as a short one.
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { readBatchInput, type BatchItem, type BatchLine } from './charge-batch/batch-input.js';
import { BatchSummary } from './charge-batch/batch-summary.js';
import { chargeLine } from './charge-batch/charge-client.js';
import { countLines, Progress } from './charge-batch/progress.js';
import { RateLimiter } from './charge-batch/rate-limiter.js';
import { createResultsWriter, invalidRow, resultRow } from './charge-batch/results-writer.js';
import { runInOrder } from './charge-batch/run-in-order.js';

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

// Lines taken from the file but not yet written out: enough to keep every worker busy while an
// early line waits out its retries, small enough to stay flat in memory.
const WINDOW_PER_WORKER = 256;

const file = values.file!;
const limiter = new RateLimiter(rate);
// A first pass counts lines for the progress bar and ETA (streamed too; no line is kept).
const progress = new Progress(await countLines(file), process.stderr);
const summary = new BatchSummary();
const results = createResultsWriter(values.out!);

async function chargeItem(item: BatchItem) {
  if (item.kind === 'invalid') {
    summary.addInvalid();
    progress.finished(item.invalid.line, 'invalid');
    return invalidRow(item.invalid);
  }
  const result = await chargeLine(item.line, {
    baseUrl: values.url!,
    token: token!,
    limiter,
    maxRetries,
    timeoutMs: timeoutSeconds * 1000,
    onRetry: (retried: BatchLine) => progress.retry(retried.line),
  });
  summary.add(result);
  progress.finished(item.line.line, result.outcome);
  return resultRow(result);
}

try {
  await runInOrder(readBatchInput(createReadStream(file)), chargeItem, (row) => results.write(row), { concurrency, window: concurrency * WINDOW_PER_WORKER });
} catch (error) {
  process.stderr.write(`charge-batch: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
await results.end();
progress.end();
process.stdout.write(`${summary.text(values.out!)}\n`);
process.exit(summary.unfinished() > 0 ? 1 : 0);
