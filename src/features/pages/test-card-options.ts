import { simulatorTestCards, type SimulatorTestCard } from '../../gateway/simulator/simulator-test-cards.js';

export interface TestCardOption {
  /** The Stripe test payment-method id the page sends as `payment_method`. */
  id: string;
  label: string;
}

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

const words = (code: string) => code.replace(/_/g, ' ');

function outcome(card: SimulatorTestCard): string {
  if (card.declineAfterChallenge) return `3-D Secure, then declined (${words(card.declineAfterChallenge.declineCode ?? card.declineAfterChallenge.code)})`;
  if (card.threeDSecure === 'always') return 'asks for 3-D Secure';
  if (card.threeDSecure === 'unless_set_up') return 'asks for 3-D Secure once';
  if (card.declines) {
    const { decline, when } = card.declines;
    return `${when === 'on_payment' ? 'saved, then every payment' : ''} declined (${words(decline.declineCode ?? decline.code)})`.trim();
  }
  return card.funding === 'credit' ? 'succeeds' : `${card.funding}, succeeds`;
}

/** The simulator's test cards by name, for the card field (GATEWAY=simulator only). Stripe's older
 * alias ids point at the same card, so each card is offered once, under its first id. The labels
 * name the test scenario; they are developer-facing, like Stripe's own test-card list. */
export function testCardOptions(): TestCardOption[] {
  const seen = new Set<SimulatorTestCard>();
  const options: TestCardOption[] = [];
  for (const [id, card] of Object.entries(simulatorTestCards)) {
    if (seen.has(card)) continue;
    seen.add(card);
    options.push({ id, label: `${brandNames[card.brand] ?? card.brand} ending ${card.number.slice(-4)}: ${outcome(card)}` });
  }
  return options;
}
