import { expect } from 'chai';
import { chargeAmountProblem, maximumChargeAmount } from '../../../src/features/charges/rules/charge-amount.js';
import { GATEWAY_MAX_AMOUNT } from '../../../src/money/gateway-max-amount.js';

const MAX_USD = 99_999_999;

describe('charge amount rules', () => {
  it('when the amount is a positive integer between the minimum and the maximum, then it is fine', () => {
    expect(chargeAmountProblem(50, 'USD', MAX_USD)).to.equal(undefined);
    expect(chargeAmountProblem(99_999_999, 'USD', MAX_USD)).to.equal(undefined);
    expect(chargeAmountProblem(500, 'CLP', MAX_USD)).to.equal(undefined);
    expect(chargeAmountProblem(50, 'jpy', MAX_USD)).to.equal(undefined);
  });

  it('when the amount is not a positive integer, then it is refused', () => {
    for (const amount of [0, -100, 10.5, '100', null, Number.NaN, Number.POSITIVE_INFINITY, true]) {
      expect(chargeAmountProblem(amount, 'USD', MAX_USD), String(amount)).to.match(/positive integer/);
    }
  });

  it('when the amount is under the currency minimum, then it is refused', () => {
    expect(chargeAmountProblem(49, 'USD', MAX_USD)).to.match(/at least 50/);
    expect(chargeAmountProblem(499, 'CLP', MAX_USD)).to.match(/at least 500/);
    expect(chargeAmountProblem(29, 'GBP', MAX_USD)).to.match(/at least 30/);
  });

  it('when the amount is over the maximum, then it is refused; other currencies convert the USD limit, capped at eight digits', () => {
    expect(chargeAmountProblem(100_000_000, 'USD', MAX_USD)).to.match(/at most 99999999/);
    expect(chargeAmountProblem(10_001, 'USD', 10_000)).to.match(/at most 10000/);
    expect(maximumChargeAmount('SEK', 10_000)).to.equal(100_000); // 1.00 USD ≈ 10.00 SEK
    expect(maximumChargeAmount('JPY', 10_000)).to.equal(15_000); // 1.00 USD ≈ ¥150
    expect(maximumChargeAmount('CLP', MAX_USD)).to.equal(GATEWAY_MAX_AMOUNT);
  });
});
