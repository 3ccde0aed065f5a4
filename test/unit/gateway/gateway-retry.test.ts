import { expect } from 'chai';
import { withGatewayRetries } from '../../../src/gateway/gateway-retry.js';
import { GatewayError, type GatewayErrorKind } from '../../../src/gateway/payment-gateway.js';

function failing(kinds: GatewayErrorKind[]) {
  let calls = 0;
  const call = async () => {
    const kind = kinds[calls++];
    if (kind) throw new GatewayError(kind, `failure ${calls}`);
    return 'ok';
  };
  return { call, calls: () => calls };
}

const policy = { retries: 2, delayMs: 1 };

describe('gateway retries', () => {
  it('when the gateway refused before acting, then the call is repeated until it answers', async () => {
    const gateway = failing(['retryable', 'retryable']);
    expect(await withGatewayRetries(gateway.call, policy, false)).to.equal('ok');
    expect(gateway.calls()).to.equal(3);
  });

  it('when the outcome is unknown, then the call is repeated only if it is safe to repeat', async () => {
    const unsafe = failing(['indeterminate']);
    await withGatewayRetries(unsafe.call, policy, false).then(
      () => expect.fail('should throw'),
      (error: GatewayError) => expect(error.kind).to.equal('indeterminate'),
    );
    expect(unsafe.calls()).to.equal(1);
    const safe = failing(['indeterminate']);
    expect(await withGatewayRetries(safe.call, policy, true)).to.equal('ok');
  });

  it('when failures go on, or the request is refused as invalid, then the last error is thrown', async () => {
    const down = failing(['retryable', 'retryable', 'retryable']);
    await withGatewayRetries(down.call, policy, true).then(
      () => expect.fail('should throw'),
      (error: GatewayError) => expect(error.message).to.equal('failure 3'),
    );
    const invalid = failing(['fatal']);
    await withGatewayRetries(invalid.call, policy, true).catch(() => undefined);
    expect(invalid.calls()).to.equal(1);
  });
});
