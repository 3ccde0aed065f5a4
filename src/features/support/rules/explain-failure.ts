import { describeDecline, GENERIC_DECLINE_MESSAGE } from '../../cards/rules/decline-messages.js';

/** A failed card addition, expiry update or charge attempt, as the gateway and we recorded it. */
export interface RecordedFailure {
  /** Stripe's error code (`card_declined`, `expired_card`, …) when the gateway answered. */
  gatewayCode?: string | null;
  /** Stripe's decline_code, when there was one. */
  gatewayDeclineCode?: string | null;
  /** Our own code for failures the gateway did not decide (`duplicate_card`, …). */
  failureCode?: string | null;
  /** What the customer was shown, when it was stored with the failure. */
  customerDeclineCode?: string | null;
  customerMessage?: string | null;
  /** The reason written for support when the failure was recorded. */
  supportReason?: string | null;
}

/** The two texts support works with: what the customer is told, and what support should know. */
export interface FailureExplanation {
  customer_decline_code: string | null;
  customer_message: string;
  support_reason: string;
  /** Whether the same card, unchanged, may succeed later. */
  retryable: boolean;
}

/** Failures that are ours, not the bank's: no decline code, so the decline table cannot say. */
const OUR_FAILURES: Record<string, Omit<FailureExplanation, 'customer_decline_code'>> = {
  duplicate_card: {
    customer_message: 'This card is already saved on your account.',
    support_reason: 'The same card (same gateway fingerprint) is already on the account, so it was not added twice. Nothing is wrong with the card: the customer can use the saved one, or remove it and add it again.',
    retryable: false,
  },
  gateway_unavailable: {
    customer_message: 'We could not reach the payment provider. Please try again in a few minutes.',
    support_reason: 'The payment gateway could not be reached or refused the call before acting; the bank never saw the card. Nothing is wrong with the card: the customer can simply try again later.',
    retryable: true,
  },
  invalid_payment_method: {
    customer_message: 'This card could not be read. Please enter it again.',
    support_reason: 'The gateway did not accept the payment-method token (unknown, already used, or from another Stripe account). The customer should enter the card again; if it keeps happening, the signup frontend may be using the wrong Stripe key.',
    retryable: false,
  },
  interrupted: {
    customer_message: 'Something went wrong while processing your card. Please try again in a few minutes.',
    support_reason: 'The try ended before the gateway confirmed the charge (the gateway refused the confirmation, or the service restarted or lost its worker mid-try); the payment was canceled at the gateway, no money moved on it, and the card may be tried again.',
    retryable: true,
  },
  gateway_error: {
    customer_message: 'We could not process this because of a problem on our side, not with your card. Nothing was charged.',
    support_reason:
      'The gateway refused the request itself (an invalid request): an integration problem on our side, not a bank decline. The bank never saw it, nothing was charged, and nothing is known to be wrong with the card, so do not ask the customer for another card. Escalate to engineering with the gateway request id; retrying will not help until it is fixed.',
    retryable: false,
  },
  card_removed: {
    customer_message: 'The card was deleted while its new expiry date was being verified.',
    support_reason: 'The customer deleted the card while its expiry update was under way, so the update was dropped with the card. Nothing is wrong with the card.',
    retryable: false,
  },
  all_cards_declined: {
    customer_message: 'None of your cards could be charged. Please add a different card, or contact your bank.',
    support_reason: 'Every usable card on the account was tried in charge order and none succeeded; each attempt says why. Suggest what the attempts suggest, usually another card or a call to the bank.',
    retryable: false,
  },
  no_usable_card: {
    customer_message: 'There is no valid card on your account. Please add a card.',
    support_reason: 'The account had no active, unexpired card to charge, so nothing was tried. Ask the customer to add a card, or to update the expiry date of an expired one.',
    retryable: false,
  },
  gateway_outcome_unknown: {
    customer_message: 'We are still confirming this payment with your bank.',
    support_reason: "The gateway's answer was lost (timeout or gateway error), so the outcome is settled in the background by asking the gateway, never by charging again. Do not ask the customer to pay again until it has settled.",
    retryable: false,
  },
};

/**
 * One explanation per recorded failure. A gateway decline is described by the decline table (the
 * more specific decline_code first), which also covers unknown codes with a generic pair; the
 * customer side shows what was stored as shown to them when there is such a record. Failures of
 * our own use their stored support reason or the short table above.
 */
export function explainFailure(failure: RecordedFailure): FailureExplanation {
  if (failure.gatewayCode || failure.gatewayDeclineCode) {
    const description = describeDecline({ code: failure.gatewayCode ?? '', declineCode: failure.gatewayDeclineCode ?? undefined });
    return {
      customer_decline_code: failure.customerDeclineCode ?? description.customerDeclineCode,
      customer_message: failure.customerMessage ?? description.customerMessage,
      support_reason: description.supportReason,
      retryable: description.retryable,
    };
  }
  const ours = failure.failureCode && Object.hasOwn(OUR_FAILURES, failure.failureCode) ? OUR_FAILURES[failure.failureCode] : undefined;
  return {
    customer_decline_code: failure.customerDeclineCode ?? null,
    customer_message: failure.customerMessage ?? ours?.customer_message ?? GENERIC_DECLINE_MESSAGE,
    support_reason:
      failure.supportReason ??
      ours?.support_reason ??
      `Failed with ${failure.failureCode ?? 'no code at all'} and no gateway decline code. Look the request up in the gateway dashboard; meanwhile suggest the customer tries again or uses another card.`,
    retryable: ours?.retryable ?? false,
  };
}
