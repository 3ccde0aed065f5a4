import { expect } from 'chai';
import { declineMessages, GENERIC_DECLINE_MESSAGE } from '../../../src/features/cards/rules/decline-messages.js';
import { explainFailure } from '../../../src/features/support/rules/explain-failure.js';

const RISK_OR_MISMATCH = [
  'lost_card', 'stolen_card', 'pickup_card', 'fraudulent', 'merchant_blacklist', 'restricted_card', 'security_violation',
  'incorrect_cvc', 'invalid_cvc', 'incorrect_number', 'invalid_number', 'incorrect_zip', 'incorrect_address',
];

describe('explainFailure: what support sees for each failure', () => {
  describe('every code in the decline table, as a decline_code and as a bare error code', () => {
    for (const code of declineMessages.keys()) {
      it(`${code}: both texts exist, and the customer text never says stolen, lost or fraud`, () => {
        for (const failure of [{ gatewayCode: 'card_declined', gatewayDeclineCode: code }, { gatewayCode: code }]) {
          const explanation = explainFailure(failure);
          expect(explanation.customer_message.trim(), code).to.not.equal('');
          expect(explanation.support_reason.trim(), code).to.not.equal('');
          expect(explanation.customer_message, code).to.not.match(/stolen|lost|fraud/i);
          expect(explanation.customer_decline_code ?? '', code).to.not.match(/stolen|lost|fraud/i);
        }
      });
    }
  });

  it('when the card was stolen, lost, fraudulent or its CVC wrong, then the customer side is a generic decline while support reads the reason', () => {
    for (const code of RISK_OR_MISMATCH) {
      const explanation = explainFailure({ gatewayCode: 'card_declined', gatewayDeclineCode: code });
      expect(explanation.customer_decline_code, code).to.equal('generic_decline');
      expect(explanation.customer_message, code).to.equal(GENERIC_DECLINE_MESSAGE);
      expect(explanation.customer_message, code).to.not.match(/cvc|security code|number/i);
    }
    expect(explainFailure({ gatewayCode: 'card_declined', gatewayDeclineCode: 'stolen_card' }).support_reason).to.match(/reported stolen/);
    expect(explainFailure({ gatewayCode: 'incorrect_cvc' }).support_reason).to.match(/CVC/);
  });

  it('when funds are short, then support is told to suggest another card, the bank, or a later retry', () => {
    const explanation = explainFailure({ gatewayCode: 'card_declined', gatewayDeclineCode: 'insufficient_funds' });
    expect(explanation).to.deep.include({ customer_decline_code: 'insufficient_funds', retryable: true });
    expect(explanation.support_reason).to.match(/another card/).and.to.match(/bank/).and.to.match(/later/);
  });

  it('when the gateway code is unknown, then a sensible generic pair names the raw code to support only', () => {
    const explanation = explainFailure({ gatewayCode: 'card_declined', gatewayDeclineCode: 'brand_new_code' });
    expect(explanation.customer_decline_code).to.equal('generic_decline');
    expect(explanation.customer_message).to.equal(GENERIC_DECLINE_MESSAGE);
    expect(explanation.support_reason).to.contain('brand_new_code');
  });

  it('when what the customer was shown is on record, then that is what support sees as the customer side', () => {
    const explanation = explainFailure({
      gatewayCode: 'card_declined',
      gatewayDeclineCode: 'stolen_card',
      customerDeclineCode: 'generic_decline',
      customerMessage: 'Your card was declined.',
    });
    expect(explanation.customer_message).to.equal('Your card was declined.');
    expect(explanation.support_reason).to.match(/stolen/);
  });

  it('when the failure is ours (duplicate, gateway down or refusing, bad token, outcome unknown, no card left), then support still gets both texts', () => {
    const ours = ['duplicate_card', 'gateway_unavailable', 'invalid_payment_method', 'gateway_outcome_unknown', 'interrupted', 'gateway_error', 'all_cards_declined', 'no_usable_card'];
    for (const failureCode of ours) {
      const explanation = explainFailure({ failureCode });
      expect(explanation.customer_message, failureCode).to.match(/\.$/);
      expect(explanation.support_reason, failureCode).to.match(/\.$/);
    }
    expect(explainFailure({ failureCode: 'duplicate_card', supportReason: 'Stored reason.' }).support_reason).to.equal('Stored reason.');
  });

  it('when nothing at all is known, or the code names an Object property, then the fallback still reads sensibly', () => {
    for (const failureCode of [undefined, 'constructor', '__proto__']) {
      const explanation = explainFailure({ failureCode });
      expect(explanation.customer_message).to.equal(GENERIC_DECLINE_MESSAGE);
      expect(explanation.support_reason).to.match(/gateway dashboard/);
    }
  });
});
