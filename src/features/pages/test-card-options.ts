import { simulatorTestCards, type SimulatorTestCard } from '../../gateway/simulator/simulator-test-cards.js';
import { brandName } from '../cards/rules/brand-name.js';
import { describeDecline } from '../cards/rules/decline-messages.js';

export interface TestCardOption {
  /** The Stripe test payment-method id the page sends as `payment_method`. */
  id: string;
  label: string;
}

// The labels show on the customer page, so a decline the API hides from customers (a risk
// decline or a card-detail mismatch, answered as `generic_decline`) is not named here either.
function reason(decline: { code: string; declineCode?: string }): string {
  const shown = describeDecline(decline).customerDeclineCode;
  return shown === 'generic_decline' && (decline.declineCode ?? decline.code) !== 'generic_decline'
    ? 'a decline whose reason only support sees'
    : shown.replace(/_/g, ' ');
}

function outcome(card: SimulatorTestCard): string {
  if (card.declineAfterChallenge) return `3-D Secure, then declined (${reason(card.declineAfterChallenge)})`;
  if (card.threeDSecure === 'always') return 'asks for 3-D Secure';
  if (card.threeDSecure === 'unless_set_up') return 'asks for 3-D Secure once';
  if (card.declines) {
    const { decline, when } = card.declines;
    return `${when === 'on_payment' ? 'saved, then every payment' : ''} declined (${reason(decline)})`.trim();
  }
  return card.funding === 'credit' ? 'succeeds' : `${card.funding}, succeeds`;
}

/** The simulator's test cards by name, for the card field (GATEWAY=simulator only). Stripe's older
 * alias ids point at the same card, so each card is offered once, under its first id. The labels
 * name the test scenario for developers, but never a decline reason hidden from customers: pick
 * such a card by its id (the option's value) and read the reason in the support console. */
export function testCardOptions(): TestCardOption[] {
  const seen = new Set<SimulatorTestCard>();
  const options: TestCardOption[] = [];
  for (const [id, card] of Object.entries(simulatorTestCards)) {
    if (seen.has(card)) continue;
    seen.add(card);
    options.push({ id, label: `${brandName(card.brand)} ending ${card.number.slice(-4)}: ${outcome(card)}` });
  }
  return options;
}
