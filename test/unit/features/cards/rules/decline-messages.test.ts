import { expect } from 'chai';
import {
  declineMessages,
  describeDecline,
  GENERIC_DECLINE_MESSAGE,
} from '../../../../../src/features/cards/rules/decline-messages.js';

// The card decline codes on docs.stripe.com/declines/codes, deprecated ones included.
const STRIPE_DECLINE_CODES = [
  'authentication_required', 'authentication_not_handled', 'approve_with_id', 'call_issuer', 'card_not_supported',
  'card_velocity_exceeded', 'currency_not_supported', 'do_not_honor', 'do_not_try_again', 'duplicate_transaction',
  'expired_card', 'fraudulent', 'generic_decline', 'incorrect_address', 'incorrect_cvc', 'incorrect_number',
  'incorrect_pin', 'incorrect_zip', 'insufficient_funds', 'invalid_account', 'invalid_amount', 'invalid_cvc',
  'invalid_expiry_month', 'invalid_expiry_year', 'invalid_number', 'invalid_pin', 'issuer_not_available', 'lost_card',
  'merchant_blacklist', 'new_account_information_available', 'no_action_taken', 'not_permitted',
  'offline_pin_required', 'online_or_offline_pin_required', 'pickup_card', 'pin_try_exceeded', 'processing_error',
  'reenter_transaction', 'restricted_card', 'revocation_of_all_authorizations', 'revocation_of_authorization',
  'security_violation', 'service_not_allowed', 'stolen_card', 'stop_payment_order', 'testmode_decline',
  'transaction_not_allowed', 'try_again_later', 'withdrawal_count_limit_exceeded',
  'mobile_device_authentication_required',
];
// Error codes that arrive without a decline code, and our own authentication_failed.
const ERROR_CODES = [
  'card_declined', 'expired_card', 'incorrect_cvc', 'incorrect_number', 'invalid_expiry_month', 'invalid_expiry_year',
  'processing_error', 'authentication_required', 'authentication_failed', 'payment_intent_authentication_failure',
  'card_decline_rate_limit_exceeded',
];
const RISK_CODES = [
  'lost_card', 'stolen_card', 'pickup_card', 'fraudulent', 'merchant_blacklist', 'restricted_card',
  'security_violation', 'blocked', 'highest_risk_level',
];
const MISMATCH_CODES = ['incorrect_cvc', 'invalid_cvc', 'incorrect_number', 'invalid_number', 'incorrect_zip', 'incorrect_address'];
const PASS_THROUGH_CODES = [
  'insufficient_funds', 'expired_card', 'authentication_required', 'processing_error', 'do_not_honor',
  'card_velocity_exceeded', 'currency_not_supported', 'testmode_decline', 'authentication_failed',
];

describe('declineMessages', () => {
  it('when the table is read, then it covers every Stripe card decline code and the bare error codes', () => {
    const missing = [...STRIPE_DECLINE_CODES, ...ERROR_CODES].filter((code) => !declineMessages.has(code));
    expect(missing).to.deep.equal([]);
  });

  for (const [code, description] of declineMessages) {
    describe(code, () => {
      it('when it is described, then both texts are there and the customer text is a sentence', () => {
        expect(description.customerMessage.trim()).to.not.equal('');
        expect(description.supportReason.trim()).to.not.equal('');
        expect(description.customerMessage).to.match(/^[A-Z].*\.$/);
        expect(description.supportReason).to.match(/^[A-Z0-9].*\.$/);
        expect(description.customerDeclineCode).to.match(/^[a-z_]+$/);
        expect(description.retryable).to.be.a('boolean');
      });

      it('when the customer text is read, then it never names theft, loss or fraud', () => {
        expect(description.customerMessage).to.not.match(/stolen|lost|fraud/i);
      });
    });
  }

  it('when a risk decline is described, then the customer sees generic_decline and the generic message', () => {
    for (const code of RISK_CODES) {
      const description = describeDecline({ code: 'card_declined', declineCode: code });
      expect(description.customerDeclineCode, code).to.equal('generic_decline');
      expect(description.customerMessage, code).to.equal(GENERIC_DECLINE_MESSAGE);
      expect(description.retryable, code).to.equal(false);
    }
  });

  it('when a CVC, number or address mismatch is described, then the customer sees generic_decline and the generic message', () => {
    for (const code of MISMATCH_CODES) {
      const asDeclineCode = describeDecline({ code: 'card_declined', declineCode: code });
      const asErrorCode = describeDecline({ code });
      for (const description of [asDeclineCode, asErrorCode]) {
        expect(description.customerDeclineCode, code).to.equal('generic_decline');
        expect(description.customerMessage, code).to.equal(GENERIC_DECLINE_MESSAGE);
      }
    }
  });

  it('when any entry reads generic_decline, then its customer text is exactly the generic message, so the text is no oracle either', () => {
    for (const [code, description] of declineMessages) {
      if (description.customerDeclineCode === 'generic_decline') {
        expect(description.customerMessage, code).to.equal(GENERIC_DECLINE_MESSAGE);
      }
    }
  });

  it('when support reads a concealed decline, then the real reason is there', () => {
    expect(describeDecline({ code: 'card_declined', declineCode: 'stolen_card' }).supportReason).to.match(/stolen/i);
    expect(describeDecline({ code: 'incorrect_cvc' }).supportReason).to.match(/CVC/);
  });

  it('when an ordinary decline is described, then its code passes through with a message that says what to do', () => {
    for (const code of PASS_THROUGH_CODES) {
      const description = describeDecline({ code: 'card_declined', declineCode: code });
      expect(description.customerDeclineCode, code).to.equal(code);
      expect(description.customerMessage, code).to.not.equal(GENERIC_DECLINE_MESSAGE);
      expect(description.customerMessage, code).to.match(/please/i);
    }
  });
});

describe('describeDecline', () => {
  it('when a decline code comes with card_declined, then the decline code decides', () => {
    const description = describeDecline({ code: 'card_declined', declineCode: 'insufficient_funds' });
    expect(description).to.deep.equal(declineMessages.get('insufficient_funds'));
    expect(description.supportReason).to.equal(
      'Insufficient funds: ask the customer to use another card or contact their bank; retrying the same card later may work.',
    );
    expect(description.retryable).to.equal(true);
  });

  it('when only an error code comes, then the error code decides', () => {
    expect(describeDecline({ code: 'expired_card' }).customerDeclineCode).to.equal('expired_card');
    expect(describeDecline({ code: 'processing_error' }).retryable).to.equal(true);
    expect(describeDecline({ code: 'card_declined' }).customerDeclineCode).to.equal('generic_decline');
  });

  it('when the decline code is an empty string, then the error code decides', () => {
    expect(describeDecline({ code: 'expired_card', declineCode: '' }).customerDeclineCode).to.equal('expired_card');
  });

  it("when Stripe reports a failed 3-D Secure, then the customer sees our authentication_failed", () => {
    expect(describeDecline({ code: 'payment_intent_authentication_failure' }).customerDeclineCode).to.equal(
      'authentication_failed',
    );
    expect(describeDecline({ code: 'authentication_failed' }).customerDeclineCode).to.equal('authentication_failed');
  });

  it('when a temporary problem is described, then it is retryable; a hard decline is not', () => {
    for (const code of ['insufficient_funds', 'issuer_not_available', 'try_again_later', 'reenter_transaction']) {
      expect(describeDecline({ code: 'card_declined', declineCode: code }).retryable, code).to.equal(true);
    }
    for (const code of ['expired_card', 'lost_card', 'do_not_try_again', 'stop_payment_order', 'invalid_account']) {
      expect(describeDecline({ code: 'card_declined', declineCode: code }).retryable, code).to.equal(false);
    }
  });

  it('when the code is unknown, then the customer sees a generic decline and support sees the raw code', () => {
    const description = describeDecline({ code: 'card_declined', declineCode: 'brand_new_code' });
    expect(description.customerDeclineCode).to.equal('generic_decline');
    expect(description.customerMessage).to.equal(GENERIC_DECLINE_MESSAGE);
    expect(description.supportReason).to.contain('brand_new_code');
    expect(description.retryable).to.equal(false);
  });

  it('when the code names an Object prototype property, then it is treated as unknown', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(describeDecline({ code }).customerDeclineCode, code).to.equal('generic_decline');
      expect(describeDecline({ code }).supportReason, code).to.contain(code);
    }
  });

  it('when no code is given at all, then the fallback still reads sensibly', () => {
    expect(describeDecline({ code: '' }).supportReason).to.contain('none given');
  });
});
