import { createReadStream } from 'node:fs';
import type { LineOutcome } from './charge-client.js';

/** Counts a file's lines by streaming it, less a header, for the bar's total (an estimate: a
 * quoted field may span lines). */
export async function countLines(path: string): Promise<number> {
  let count = 0;
  let last = 10;
  let header: boolean | undefined;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    header ??= chunk.subarray(0, Math.max(0, chunk.indexOf(10))).toString('utf8').toLowerCase().includes('account_id');
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) count += 1;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return (last === 10 ? count : count + 1) - (header ? 1 : 0);
}

const BAR_WIDTH = 30;
const RENDER_EVERY_MS = 100;

/** A progress bar redrawn in place on a terminal; on anything else (a CI log, a file), a plain
 * line every tenth of the way, so logs stay readable. */
export class Progress {
  private done = 0;
  private retrying = new Set<number>();
  private readonly counts = new Map<LineOutcome | 'invalid', number>();
  private readonly started = Date.now();
  private lastRender = 0;
  private lastPlainStep = -1;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream,
  ) {}

  retry(line: number): void {
    this.retrying.add(line);
    this.render();
  }

  finished(line: number, outcome: LineOutcome | 'invalid'): void {
    this.retrying.delete(line);
    this.done += 1;
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
    this.render();
  }

  end(): void {
    if (this.out.isTTY) {
      this.render(true);
      this.out.write('\n');
    } else if (this.lastPlainStep !== 10) {
      this.render(true);
    }
  }

  private render(force = false): void {
    const now = Date.now();
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    const counts = `ok ${this.counts.get('succeeded') ?? 0}  declined ${this.counts.get('all_cards_declined') ?? 0}  no card ${this.counts.get('no_usable_card') ?? 0}  other ${this.done - (this.counts.get('succeeded') ?? 0) - (this.counts.get('all_cards_declined') ?? 0) - (this.counts.get('no_usable_card') ?? 0)}`;
    if (this.out.isTTY) {
      if (!force && now - this.lastRender < RENDER_EVERY_MS) return;
      this.lastRender = now;
      const filled = this.total === 0 ? BAR_WIDTH : Math.min(BAR_WIDTH, Math.round((this.done / this.total) * BAR_WIDTH));
      const eta = rate > 0 ? Math.ceil(Math.max(0, this.total - this.done) / rate) : 0;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      this.out.write(`\r\x1b[2K[${bar}] ${this.done}/${this.total}  ${counts}  retrying ${this.retrying.size}  ${rate.toFixed(1)}/s  ETA ${eta}s`);
      return;
    }
    const step = this.total === 0 ? 10 : Math.min(10, Math.floor((this.done / this.total) * 10));
    if (!force && step === this.lastPlainStep) return;
    this.lastPlainStep = step;
    this.out.write(`${this.done}/${this.total} done (${counts}) ${rate.toFixed(1)}/s\n`);
  }
}
