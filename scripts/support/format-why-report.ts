import type { SupportAccountView } from '../../src/features/support/support-account-view.js';
import type { SupportBalanceView } from '../../src/features/support/support-balance-views.js';
import { balanceSections, troubledTopups } from './format-balance-report.js';
import { cardName, failureLines, money, PLAIN_OUTCOMES, section, time, wrap } from './report-lines.js';

type HistoryEntry = SupportAccountView['card_history'][number];
type Charge = SupportAccountView['charges'][number];

/** The terminal report of `npm run support -- why`: who the customer is, where onboarding stands,
 * and every failed card, unreleased hold and failed charge with what to tell the customer. */
export function formatWhyReport(view: SupportAccountView & { balance?: SupportBalanceView }): string {
  const failedEntries = view.card_history.filter((entry) => entry.result === 'failed');
  const stuckHolds = view.card_history.filter((entry) => entry.hold?.status === 'release_failed');
  const troubledCharges = view.charges.filter(
    (charge) => charge.status !== 'succeeded' || charge.skipped.length > 0 || charge.attempts.some((attempt) => attempt.result === 'declined' || attempt.result === 'error'),
  );
  const sections = [
    accountSection(view),
    cardsSection(view.cards, view.payers ?? []),
    failedEntries.length > 0 && section(`Failed card additions and expiry updates (${failedEntries.length})`, failedEntries.flatMap(historyLines)),
    stuckHolds.length > 0 && section(`Verification holds not released (${stuckHolds.length})`, stuckHolds.flatMap(holdLines)),
    troubledCharges.length > 0 && section(`Failed or retried charges (${troubledCharges.length})`, troubledCharges.flatMap(chargeLines)),
    ...balanceSections(view.balance),
    failedEntries.length + stuckHolds.length + troubledCharges.length + troubledTopups(view.balance).length === 0 &&
      'Nothing failed: no declined cards, unreleased holds, failed charges or failed top-ups on record.',
  ];
  return sections.filter((text): text is string => typeof text === 'string').join('\n\n');
}

function accountSection(view: SupportAccountView): string {
  const { account, onboarding } = view;
  const name = account.details && typeof account.details.name === 'string' ? account.details.name : (account.details?.enterprise_name as string | undefined);
  const steps = Object.entries(onboarding.steps).map(([step, state]) => `${step} ${state}`).join(', ');
  const facts = [account.country, account.type ?? 'no details yet', account.status, account.mobile ? `mobile ${account.mobile}` : 'no mobile', `since ${day(account.created_at)}`];
  return [
    `${name ? `${name} <${account.email}>` : account.email}  ${account.id}`,
    `  ${facts.join(' · ')}`,
    `  Onboarding: ${onboarding.next_step === 'complete' ? 'complete' : `next step ${onboarding.next_step}`} (${steps})`,
  ].join('\n');
}

function cardsSection(cards: SupportAccountView['cards'], payers: SupportAccountView['payers']): string {
  const kept = cards.filter((card) => !card.deleted_at);
  if (kept.length === 0) return 'Cards on file: none.';
  // With several payers each card says whose it is (its default is that payer's default).
  const payerOf = new Map(payers.map((payer) => [payer.id, `${payer.legal_name}${payer.is_default ? ' (default payer)' : ''}`]));
  const whose = (card: (typeof kept)[number]) => (payers.length > 1 && card.payer_id ? `  payer ${payerOf.get(card.payer_id) ?? card.payer_id}` : '');
  return section(
    `Cards on file (${kept.length})`,
    kept.flatMap((card) => [
      `${cardName(card.brand, card.last4)}  exp ${String(card.exp_month).padStart(2, '0')}/${card.exp_year}  ${card.status}${card.is_default ? '  default' : ''}  ${card.id}${whose(card)}`,
      ...('id_type' in card && card.id_type ? [`  ID: ${card.id_type} ${card.id_number ?? '(unreadable)'}`] : []),
    ]),
  );
}

function historyLines(entry: HistoryEntry): string[] {
  const what = entry.action === 'add' ? 'add card' : 'update expiry';
  return [`${time(entry.created_at)}  ${what}  ${cardName(entry.brand, entry.last4)}  ${entry.failure?.code ?? 'failed'}`, ...failureLines(entry.failure!), ''];
}

function holdLines(entry: HistoryEntry): string[] {
  const hold = entry.hold!;
  return [
    `${time(hold.created_at)}  ${money(hold.amount, hold.currency)} on ${cardName(entry.brand, entry.last4)}  release_failed after ${hold.release_attempts} ${hold.release_attempts === 1 ? 'try' : 'tries'}  intent ${hold.intent_id ?? '-'}`,
    ...wrap('  last error: ', hold.last_error ?? 'none recorded'),
    ...wrap('  support:    ', 'The release is retried automatically until it succeeds; the customer sees the hold as release_failed until then. An uncaptured authorization also lapses at the bank after about 7 days.'),
    '',
  ];
}

function chargeLines(charge: Charge): string[] {
  const code = charge.failure?.code ?? 'unknown';
  const outcome = charge.status === 'failed' ? `failed: ${code}${Object.hasOwn(PLAIN_OUTCOMES, code) ? ` (${PLAIN_OUTCOMES[code]})` : ''}` : charge.status;
  return [
    `${time(charge.created_at)}  ${money(charge.amount, charge.currency)}  ${outcome}  ${charge.id}${charge.description ? `  "${charge.description}"` : ''}`,
    ...(charge.failure ? wrap('  support:  ', charge.failure.support_reason) : []),
    ...(charge.settling ? wrap('  support:  ', charge.settling) : []),
    ...charge.attempts.flatMap((attempt) => [
      `  ${attempt.number}. ${cardName(attempt.brand, attempt.last4)}  ${attempt.result}${attempt.intent_id && !attempt.failure ? `  intent ${attempt.intent_id}` : ''}`,
      ...(attempt.failure ? failureLines(attempt.failure, '     ') : []),
      ...(attempt.failure?.network_rules ? networkRuleLines(attempt.failure, '     ') : []),
    ]),
    ...charge.skipped.flatMap((skip) => [`  -  ${cardName(null, skip.last4)}  skipped: ${skip.reason}${skip.eligible_after ? ` until ${time(skip.eligible_after)}` : ''}`, ...wrap('     rules:    ', skip.support_reason)]),
    '',
  ];
}

/** What the network said with a decline, and what the card-network rules make of it. */
function networkRuleLines(failure: NonNullable<Charge['attempts'][number]['failure']>, indent: string): string[] {
  const said = [
    failure.advice_code && `advice ${failure.advice_code}`,
    failure.network_decline_code && `issuer code ${failure.network_decline_code}`,
    failure.network_advice_code && `merchant advice code ${failure.network_advice_code}`,
  ].filter(Boolean);
  return [`${indent}network:  ${failure.network}${said.length > 0 ? `, ${said.join(', ')}` : ''}`, ...wrap(`${indent}rules:    `, failure.network_rules!.reason)];
}

const day = (iso: string) => iso.slice(0, 10);
