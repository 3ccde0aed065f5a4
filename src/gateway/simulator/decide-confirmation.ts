import { testDeclines, type CardDecline, type SimulatorTestCard } from './simulator-test-cards.js';

export type ConfirmationResult =
  | { result: 'approved' }
  | { result: 'requires_action' }
  | { result: 'declined'; decline: CardDecline };

/** What the "issuer" answers when an intent with this card is confirmed. On session the customer
 * is present and can pass a 3-D Secure challenge; off session nobody can, so a card that needs
 * authentication declines with `authentication_required` (Stripe's behaviour for
 * `off_session=true`). */
export function decideConfirmation(
  card: SimulatorTestCard,
  context: { session: 'on' | 'off'; setUpForOffSession: boolean; purpose?: 'hold' | 'payment' },
): ConfirmationResult {
  // `on_charge` cards pass verification (a hold) and decline every payment.
  if (card.declines && !(card.declines.when === 'on_charge' && context.purpose === 'hold')) return { result: 'declined', decline: card.declines.decline };
  const needsAuthentication =
    card.threeDSecure === 'always' ||
    (card.threeDSecure === 'unless_set_up' && (context.session === 'on' || !context.setUpForOffSession));
  if (!needsAuthentication) return { result: 'approved' };
  if (context.session === 'on') return { result: 'requires_action' };
  return { result: 'declined', decline: testDeclines.authenticationRequired };
}

/** What happens after the customer completes or fails the 3-D Secure page. */
export function decideChallenge(card: SimulatorTestCard, outcome: 'complete' | 'fail'): ConfirmationResult {
  if (outcome === 'fail') return { result: 'declined', decline: testDeclines.authenticationFailed };
  if (card.declineAfterChallenge) return { result: 'declined', decline: card.declineAfterChallenge };
  return { result: 'approved' };
}
