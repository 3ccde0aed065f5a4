import { expect } from 'chai';
import fc from 'fast-check';
import { crossesBelow, isArmed } from '../../../src/features/balance/rules/low-balance-crossing.js';
import { formatAmount } from '../../../src/money/format-amount.js';
import { splitCharge } from '../../../src/features/balance/rules/split-charge.js';
import { topupAmountProblem } from '../../../src/features/balance/rules/topup-amount.js';
import { supportedCurrencies } from '../../../src/money/currencies.js';
import { TOPUP_AMOUNTS } from '../../../src/money/topup-amounts.js';

const currencies = supportedCurrencies();
const currency = fc.constantFrom(...currencies);

describe('balance rules', () => {
  describe('topupAmountProblem', () => {
    it('when any value is given, then it is accepted exactly when it is a whole number within the currency range', () => {
      fc.assert(
        fc.property(currency, fc.oneof(fc.integer({ min: -1e9, max: 2e8 }), fc.double(), fc.string(), fc.constant(null), fc.boolean()), (c, amount) => {
          const ok = typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= c.topup_min_amount && amount <= c.topup_max_amount;
          const problem = topupAmountProblem(amount, c.code);
          expect(problem === undefined, `${c.code} ${String(amount)}: ${problem}`).to.equal(ok);
          if (problem) expect(problem).to.contain(`from ${c.topup_min_amount} to ${c.topup_max_amount} ${c.code}`);
        }),
      );
    });

    it('when the reference table is read, then every range starts at or above the minimum charge, fits the gateway, and holds the presets in order', () => {
      for (const c of currencies) {
        expect(c.topup_min_amount, c.code).to.be.at.least(c.minimum_charge_amount);
        expect(c.topup_max_amount, c.code).to.be.at.most(99_999_999);
        expect([...c.topup_presets].sort((a, b) => a - b), c.code).to.deep.equal(c.topup_presets);
        for (const preset of c.topup_presets) expect(topupAmountProblem(preset, c.code), `${c.code} ${preset}`).to.equal(undefined);
      }
      expect(Object.keys(TOPUP_AMOUNTS).sort()).to.deep.equal(currencies.map((c) => c.code).sort());
    });
  });

  describe('splitCharge', () => {
    it('when a charge is split, then the parts add up, the balance part never exceeds the balance, and a card part is never below the minimum', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 1e8 }), fc.constantFrom('cards', 'balance', 'balance_then_cards' as const), fc.integer({ min: 1, max: 1000 }), (amount, available, source, minimum) => {
          const split = splitCharge(amount, available, source, minimum);
          if (!split.ok) {
            expect(source).to.equal('balance');
            expect(available).to.be.below(amount);
            return;
          }
          expect(split.balance + split.card).to.equal(amount);
          expect(split.balance).to.be.within(0, available);
          if (split.card > 0 && source === 'balance_then_cards') expect(split.card).to.be.at.least(Math.min(minimum, amount));
          if (source === 'cards') expect(split.balance).to.equal(0);
          if (source === 'balance') expect(split.card).to.equal(0);
        }),
      );
    });
  });

  describe('the ledger arithmetic and the alert', () => {
    it('when any run of credits and debits is applied (debits past the balance refused), then the balance is the sum, never negative, and one text goes out per crossing', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000 }), fc.array(fc.integer({ min: -5_000, max: 5_000 }).filter((n) => n !== 0), { maxLength: 60 }), (threshold, changes) => {
          let balance = 0;
          const applied: number[] = [];
          let texts = 0;
          let crossingsBySign = 0;
          for (const change of changes) {
            if (balance + change < 0) continue; // the ledger refuses it (insufficient_balance)
            const before = balance;
            balance += change;
            applied.push(change);
            if (crossesBelow(before, balance, threshold)) texts += 1;
            if (before >= threshold && balance < threshold) crossingsBySign += 1;
            expect(balance).to.be.at.least(0);
          }
          expect(applied.reduce((sum, n) => sum + n, 0)).to.equal(balance);
          expect(texts).to.equal(crossingsBySign);
          expect(isArmed(balance, threshold)).to.equal(balance >= threshold);
        }),
      );
    });

    it('when no threshold is set, then nothing ever crosses and nothing is armed', () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), (before, after) => {
          expect(crossesBelow(before, after, null) || isArmed(after, null)).to.equal(false);
        }),
      );
    });
  });

  it('when amounts are formatted, then minor units read as a person reads them', () => {
    expect(formatAmount(1250, 'USD')).to.equal('12.50 USD');
    expect(formatAmount(5_000_000, 'CLP')).to.equal('5,000,000 CLP');
    expect(formatAmount(-5, 'EUR')).to.equal('-0.05 EUR');
  });
});
