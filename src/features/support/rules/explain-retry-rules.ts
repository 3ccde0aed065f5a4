import { judgeDecline, type SkipReason } from '../../charges/rules/network-retry-rules.js';

/** What a decline's advice fields mean for trying the card again, in support's words. */
export function explainRetryAdvice(attempt: {
  gateway_code: string | null;
  decline_code: string | null;
  advice_code?: string | null;
  network_decline_code?: string | null;
  network_advice_code?: string | null;
  network?: string | null;
  brand: string;
}): { verdict: 'never_again' | 'needs_customer' | 'wait' | 'soft'; reason: string } {
  const verdict = judgeDecline({
    code: attempt.gateway_code,
    declineCode: attempt.decline_code,
    adviceCode: attempt.advice_code ?? null,
    networkDeclineCode: attempt.network_decline_code ?? null,
    networkAdviceCode: attempt.network_advice_code ?? null,
    network: attempt.network ?? attempt.brand,
  });
  switch (verdict.kind) {
    case 'never_again':
      return {
        verdict: verdict.kind,
        reason: `The issuer said never to try this card again (${verdict.rule.meaning}). It is not charged off-session any more (status do_not_retry) until the customer gives it a new expiry date or replaces it; ask them to add another card.`,
      };
    case 'needs_customer':
      return { verdict: verdict.kind, reason: 'The bank wants the customer present (authentication or card details to confirm). Billing skips the card until the customer pays with it on-session or updates it.' };
    case 'wait':
      return { verdict: verdict.kind, reason: `Mastercard asked us to wait ${formatWait(verdict.waitSeconds)} before trying this card again; billing skips it until then.` };
    case 'soft':
      return { verdict: verdict.kind, reason: 'A soft decline: later charges may try the card again, within the card networks’ limits on declined tries.' };
  }
}

const SKIP_REASONS: Record<SkipReason, string> = {
  do_not_retry: 'Not tried: its issuer said never to try it again. The customer must update its expiry or replace it.',
  needs_customer: 'Not tried: the bank wants the customer present (authentication or card details). The customer must pay with it on-session or update it.',
  retry_later: 'Not tried: the card network asked us to wait before trying it again.',
  retry_limit: 'Not tried: the card had as many declined tries as the card networks allow in their window (10 a day; 20 to 35 in 30 days).',
};

/** Why a charge did not try a card, in support's words. */
export function explainSkip(skip: { reason: SkipReason; eligible_after?: string }): string {
  return skip.eligible_after ? `${SKIP_REASONS[skip.reason]} It may be tried from ${skip.eligible_after}.` : SKIP_REASONS[skip.reason];
}

function formatWait(seconds: number): string {
  const hours = seconds / 3600;
  return hours < 48 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${hours / 24} days`;
}
