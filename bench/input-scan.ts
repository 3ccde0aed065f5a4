// The cost of the input rules (control characters and the card-number scan) on hostile 64 KiB
// bodies, against JSON.parse of the same body measured in the same run (by hand, not in CI):
//   npm run bench:scan [-- --rounds 200]
// The bound the service promises: under 5 ms per body, linear in its size.
import { parseArgs } from 'node:util';
import { inspectValue } from '../src/http/check-request-input.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const rounds = Number(values.rounds);
const BODY_BYTES = 64 * 1024;

/** A JSON body of about 64 KiB whose one string repeats `unit`. */
function body(unit: string): string {
  const prefix = '{"email":"';
  const unitBytes = Buffer.byteLength(unit);
  return `${prefix}${unit.repeat(Math.floor((BODY_BYTES - prefix.length - 2) / unitBytes))}"}`;
}

/** A JSON body of about 64 KiB: an array repeating `item` (JSON text). */
function list(item: string): string {
  return `{"tags":[${Array(Math.floor((BODY_BYTES - 12) / (item.length + 1))).fill(item).join(',')}]}`;
}

const bodies: Array<[string, string]> = [
  ['"4 4 4 …" (the issue\'s body)', body('4 ')],
  ['"424 424 …" (groups that keep windows open)', body('424 ')],
  ['"4242 4242 …" (Luhn checks at every group)', body('4242 ')],
  ['"4–4–…" en dashes (non-ASCII separators)', body('4\u2013')],
  ['"٤ ٤ …" Arabic-Indic digits (folding)', body('\u0664 ')],
  ['"4\u200b4\u200b…" zero-width spaces (dropped)', body('4\u200B')],
  ['"a1a1…" letters and digits', body('a1')],
  ['"inv_424-424-…" one long id token', body('inv_424-424-424-424-424-424-')],
  ['[4,4,4,…] numbers', list('4')],
  ['["4","4",…] short strings', list('"4"')],
  ['{"k0":"4","k1":"4",…} many keys', `{${Array.from({ length: 5400 }, (_, index) => `"k${index}":"4"`).join(',')}}`],
  // Review of issue 8: per-string costs of folding, and NFKC's longest expansion.
  ['["٤","٤",…] one-character non-ASCII strings', list('"\u0664"')],
  ['{"é0":"4","é1":"4",…} non-ASCII keys', `{${Array.from({ length: 6000 }, (_, index) => `"\u00e9${index}":"4"`).join(',')}}`],
  ['"ﷺﷺ…" U+FDFA (NFKC ×18)', body('\uFDFA')],
  ['"4 -- 4 -- …" long separator runs', body('4 -- ')],
];

/** The median of `rounds` timings of `work`, in milliseconds, after a warm-up. */
function median(work: () => unknown): number {
  for (let index = 0; index < 20; index += 1) work();
  const times: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** What the edge does to a parsed body: the control-character rule and the card-number scan over
 * every key and value (src/http/check-request-input.ts). */
const inputRules = (parsed: unknown) => inspectValue(parsed, 'body');

console.log(`${'body (64 KiB)'.padEnd(48)}${'JSON.parse'.padStart(12)}${'input rules'.padStart(13)}${'ratio'.padStart(8)}${'< 5 ms'.padStart(9)}`);
let worst = 0;
for (const [name, text] of bodies) {
  const parsed = JSON.parse(text) as unknown;
  const parse = median(() => JSON.parse(text));
  const scan = median(() => inputRules(parsed));
  worst = Math.max(worst, scan);
  console.log(`${name.padEnd(48)}${`${parse.toFixed(3)} ms`.padStart(12)}${`${scan.toFixed(3)} ms`.padStart(13)}${`${(scan / parse).toFixed(1)}×`.padStart(8)}${(scan < 5 ? 'yes' : 'NO').padStart(9)}`);
}
console.log(`\nworst median ${worst.toFixed(3)} ms over ${rounds} rounds per body (bytes ${BODY_BYTES}); node ${process.version}`);
