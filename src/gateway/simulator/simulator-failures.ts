import { GatewayError, type PaymentGateway } from '../payment-gateway.js';

export type SimulatorOperation = Exclude<keyof PaymentGateway, 'name'>;

/**
 * - `retryable`: refused before anything happened (connection refused, rate limited).
 * - `indeterminate`: the call times out and nothing happened at the "remote" side.
 * - `indeterminate_after_commit`: the effect happens (the charge succeeds, the hold is released)
 *   but the caller only sees a timeout: the unknown outcome a crash or a lost response leaves.
 * - `fatal`: refused as a bad request.
 */
export type SimulatorFailureKind = 'retryable' | 'indeterminate' | 'indeterminate_after_commit' | 'fatal';

/** Failures queued by tests, per operation, consumed one per call. Kept in memory: they belong to
 * the test that queued them, not to the simulated remote state. */
export class SimulatorFailures {
  private readonly queued = new Map<SimulatorOperation, SimulatorFailureKind[]>();

  add(operation: SimulatorOperation, kind: SimulatorFailureKind, times: number): void {
    const queue = this.queued.get(operation) ?? [];
    for (let i = 0; i < times; i++) queue.push(kind);
    this.queued.set(operation, queue);
  }

  take(operation: SimulatorOperation): SimulatorFailureKind | undefined {
    return this.queued.get(operation)?.shift();
  }

  clear(): void {
    this.queued.clear();
  }
}

export function injectedFailure(operation: SimulatorOperation, kind: SimulatorFailureKind): GatewayError {
  switch (kind) {
    case 'retryable':
      return new GatewayError('retryable', `Simulated: ${operation} refused before it was sent`, { httpStatus: 429, gatewayCode: 'rate_limit' });
    case 'indeterminate':
    case 'indeterminate_after_commit':
      return new GatewayError('indeterminate', `Simulated: ${operation} timed out`, { gatewayCode: 'timeout' });
    case 'fatal':
      return new GatewayError('fatal', `Simulated: ${operation} rejected as invalid`, { httpStatus: 400, gatewayCode: 'parameter_invalid' });
  }
}
