import type { LineOutcome, LineResult } from './charge-client.js';

/** Running totals for the closing summary: counters only, so a long file costs no memory here. */
export class BatchSummary {
  private readonly outcomes = new Map<LineOutcome, number>();
  private readonly paid = new Map<string, number>();
  private requests = 0;
  private replayed = 0;
  private invalid = 0;
  private readonly started = Date.now();

  add(result: LineResult): void {
    this.outcomes.set(result.outcome, this.count(result.outcome) + 1);
    this.requests += result.requests;
    if (result.replayed) this.replayed += 1;
    if (result.outcome === 'succeeded') this.paid.set(result.currency ?? '?', (this.paid.get(result.currency ?? '?') ?? 0) + result.line.amount);
  }

  addInvalid(): void {
    this.invalid += 1;
  }

  count(outcome: LineOutcome): number {
    return this.outcomes.get(outcome) ?? 0;
  }

  /** Lines that need another run or a person: the batch exits 1 when there are any. */
  unfinished(): number {
    return this.count('processing') + this.count('rejected') + this.count('error') + this.invalid;
  }

  text(resultsPath: string): string {
    const charged = [...this.outcomes.values()].reduce((sum, n) => sum + n, 0);
    const seconds = (Date.now() - this.started) / 1000;
    const count = (outcome: LineOutcome) => this.count(outcome);
    return [
      `charge-batch: ${charged + this.invalid} lines in ${seconds.toFixed(1)} s (${(charged / Math.max(seconds, 0.001)).toFixed(1)} lines/s), ${this.requests} requests`,
      `  succeeded            ${count('succeeded')}`,
      `  past_due             ${count('past_due')}${count('past_due') ? '   (no card paid; the service keeps collecting: billing events tell the outcome)' : ''}`,
      `  all_cards_declined   ${count('all_cards_declined')}`,
      `  no_usable_card       ${count('no_usable_card')}`,
      `  processing           ${count('processing')}${count('processing') ? '   (outcome not known yet: run the same file again later)' : ''}`,
      `  rejected             ${count('rejected')}${count('rejected') ? '   (see code and detail in the results)' : ''}`,
      `  error                ${count('error')}${count('error') ? '   (no final answer: run the same file again)' : ''}`,
      `  invalid lines        ${this.invalid}`,
      `  replayed             ${this.replayed}   (answered from an earlier run: charged nothing now)`,
      `  paid                 ${[...this.paid].map(([currency, amount]) => `${amount} ${currency}`).join(', ') || 'nothing'} (minor units, replayed lines included)`,
      `  results              ${resultsPath}`,
    ].join('\n');
  }
}
