import { brandName } from '../shared/brands.js';
import { el, formatDate, formatMoney } from '../shared/dom.js';

const money = (amount, currency) => formatMoney(amount, currency, ['JPY', 'CLP'].includes(currency) ? 0 : 2);
const expiry = (month, year) => `${String(month).padStart(2, '0')}/${year}`;
// A card the bank refused before describing it has no brand or last4 to show.
const card = (c) => (c.last4 ? `${brandName(c.brand) || 'Card'} ending ${c.last4}` : 'a card the bank did not describe');
const facts = (pairs) => el('dl', { class: 'facts' }, ...pairs.filter(([, value]) => value !== undefined).flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value ?? '—' })]));
const section = (title, id, ...children) => [el('h3', { id, text: title }), ...children.filter(Boolean)];
const list = (labelledBy, items, empty) => el('ol', { class: 'items', 'aria-labelledby': labelledBy }, ...(items.length ? items : [el('li', { text: empty })]));

/** A failure as support works with it: what the customer was told, what support should say and do. */
function failure(f) {
  if (!f) return null;
  const gateway = [f.gateway_code, f.decline_code].filter(Boolean).join(' / ') || f.code || 'none';
  return el('div', {},
    el('p', { class: 'told' }, el('strong', { text: 'The customer was told: ' }), f.customer_sees?.message ?? f.message ?? '—'),
    el('p', { class: 'staff' }, el('strong', { text: 'What happened, and what to say and do: ' }), f.support_reason ?? '—'),
    facts([
      ['Gateway code', gateway],
      ['Same card may work later', f.retryable === undefined ? undefined : f.retryable ? 'yes' : 'no'],
      ['Gateway request', f.gateway_request_id ?? undefined],
    ]));
}

/** With several payers, each card, charge and top-up names its payer (docs/payers.md); with one,
 * nothing changes. Set by renderAccount for the account shown. */
let payerNames = new Map();
const payerNote = (item) => (payerNames.size > 1 && item.payer_id ? ` · payer ${payerNames.get(item.payer_id) ?? item.payer_id}` : '');

function payerItem(payer) {
  const tax = payer.tax_id ? ` · ${payer.tax_id_type} ${payer.tax_id}` : '';
  return el('li', {},
    el('p', { class: 'title', text: `${payer.legal_name}${payer.is_default ? ' (default payer)' : ''}${payer.deleted_at ? `: removed ${formatDate(payer.deleted_at)}` : ''}` }),
    el('p', { class: 'note', text: `${payer.kind} · receipts to ${payer.receipt_email}${tax} · ${payer.id}` }));
}

function historyItem(entry) {
  return el('li', {},
    el('p', { class: 'title', text: `${entry.action === 'add' ? 'Card added' : 'Expiry changed'}: ${card(entry)}: ${entry.result}` }),
    el('p', { class: 'note', text: `${formatDate(entry.created_at)}${entry.hold ? ` · hold ${money(entry.hold.amount, entry.hold.currency)} ${entry.hold.status}${entry.hold.last_error ? ` (${entry.hold.last_error})` : ''}` : ''}` }),
    failure(entry.failure));
}

const noticeNames = { first_failure: 'first-failure notice', retry_failed: 'retry-failed notice', final: 'last notice (retries ran out)' };
const roundName = (round) => (round === 0 ? 'billing job’s pass' : `retry ${round}`);

/** One step of a charge's dunning (the charges feature's timeline): a try, a notice, the end. */
function dunningStep(step) {
  const when = `${formatDate(step.at)} · ${roundName(step.round)}`;
  if (step.kind === 'attempt') {
    const codes = [step.decline_code, step.advice_code && `advice ${step.advice_code}`].filter(Boolean).join(', ');
    return el('li', { text: `${when}: tried the card ending ${step.last4}: ${step.result}${codes ? ` (${codes})` : ''}${step.message ? `: ${step.message}` : ''}` });
  }
  if (step.kind === 'notice') return el('li', { text: `${when}: ${noticeNames[step.notice] ?? step.notice} sent by ${step.channel === 'sms' ? 'SMS' : 'email'} (${step.message_id})` });
  return el('li', { text: `${when}: ended ${step.status}` });
}

function dunningTimeline(charge) {
  if (!charge.dunning) return null;
  return el('div', {},
    el('p', {}, el('strong', { text: 'Dunning: ' }), charge.dunning.length ? 'each try and each message sent, oldest first' : 'no step recorded yet'),
    el('ol', { 'aria-label': `Dunning of charge ${charge.id}` }, ...charge.dunning.map(dunningStep)));
}

/** `past_due` of the account: what is overdue, since when, which charges. */
function pastDueSection(pastDue) {
  if (!pastDue) return [];
  return section('Past due', 'past-due-title', facts([['Amount', money(pastDue.amount, pastDue.currency)], ['Since', formatDate(pastDue.since)], ['Charges', pastDue.charge_ids.join(', ')]]));
}

function chargeItem(charge) {
  return el('li', {},
    el('p', { class: 'title', text: `Charge ${money(charge.amount, charge.currency)}: ${charge.status}${charge.description ? ` (${charge.description})` : ''}` }),
    el('p', { class: 'note', text: `${formatDate(charge.created_at)} · ${charge.id}${payerNote(charge)}${charge.reference ? ` · reference ${charge.reference}` : ''}${charge.balance_amount !== undefined ? ` · from balance ${money(charge.balance_amount, charge.currency)}, from cards ${money(charge.card_amount ?? 0, charge.currency)}` : ''}` }),
    charge.settling ? el('p', { class: 'staff', text: charge.settling }) : null,
    failure(charge.failure),
    dunningTimeline(charge),
    el('ol', { 'aria-label': `Attempts of charge ${charge.id}` }, ...(charge.attempts ?? []).map((attempt) =>
      el('li', {}, el('p', { text: `Attempt ${attempt.number}: ${card(attempt)}: ${attempt.result}` }), failure(attempt.failure)))));
}

function topupItem(topup) {
  const named = topup.last4 ? card(topup) : topup.new_card ? 'a new card' : 'no card recorded';
  const paidWith = `${named}${topup.new_card ? (topup.save_card ? ' (new, to be saved)' : ' (new, used once)') : ''}`;
  return el('li', {},
    el('p', { class: 'title', text: `Top-up ${topup.number} ${money(topup.amount, topup.currency)}: ${topup.status}` }),
    el('p', { class: 'note', text: `${formatDate(topup.paid_at ?? topup.cancelled_at ?? topup.created_at)} · ${paidWith} · ${topup.id}${payerNote(topup)}${topup.intent_id ? ` · ${topup.intent_id}` : ''}` }),
    topup.settling ? el('p', { class: 'staff', text: topup.settling }) : null,
    failure(topup.failure));
}

const more = (hasMore, what) => (hasMore ? el('p', { class: 'note', text: `Only the most recent ${what} are shown.` }) : null);

function alertText(balance) {
  const alert = balance.low_balance_alert;
  if (!alert) return 'none';
  const threshold = money(alert.threshold, balance.currency);
  return alert.armed ? `below ${threshold}, armed` : `below ${threshold}, sent, re-arms when the balance is back at or above it`;
}

/** `view.balance` of `GET /v1/support/accounts/{id}` (src/features/support/support-balance-views.ts):
 * the balance, the alert, and nested in it the recent top-ups and ledger. */
function balanceSections(balance) {
  if (!balance) return [];
  return [
    ...section('Balance', 'balance-title', facts([['Available', money(balance.available, balance.currency)], ['Pending', money(balance.pending, balance.currency)], ['Low-balance alert', alertText(balance)]])),
    ...section('Top-ups', 'topups-title', list('topups-title', balance.topups.map(topupItem), 'No top-ups.'), more(balance.topups_has_more, 'top-ups')),
    ...section('Balance ledger', 'ledger-title', balance.ledger.length ? ledgerTable(balance.ledger) : el('p', { text: 'No ledger entries.' }), more(balance.ledger_has_more, 'ledger entries')),
  ];
}

function ledgerTable(entries) {
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Ledger (scrolls sideways on a narrow screen)' }, el('table', {},
    el('caption', { class: 'note', text: 'Ledger, newest first' }),
    el('thead', {}, el('tr', {}, ...['When', 'Type', 'Amount', 'Balance after', 'For'].map((name) => el('th', { scope: 'col', text: name })))),
    el('tbody', {}, ...entries.map((entry) => el('tr', {},
      el('td', { text: formatDate(entry.created_at) }), el('td', { text: entry.type }),
      el('td', { text: money(entry.amount, entry.currency) }), el('td', { text: money(entry.balance_after, entry.currency) }),
      el('td', { text: [entry.description && `“${entry.description}”`, entry.topup_id, entry.charge_id, entry.transfer_reference && `transfer ${entry.transfer_reference}`, entry.recorded_by && `by ${entry.recorded_by}`].filter(Boolean).join(' · ') || '—' }))))));
}

function cardItem(c) {
  return el('li', {},
    el('p', { class: 'title', text: `${card(c)}${c.is_default ? ' (default)' : ''}: ${c.deleted_at ? `removed ${formatDate(c.deleted_at)}` : c.status === 'requires_action' ? 'waiting for 3-D Secure, never added' : c.status}` }),
    el('p', { class: 'note', text: `Expires ${expiry(c.exp_month, c.exp_year)} · ${c.holder_name}${c.id_type ? ` · ${c.id_type} ${c.id_number}` : ''} · ${c.gateway_payment_method_id}${payerNote(c)}` }));
}

function otherCards(cards) {
  const others = cards.filter((c) => c.deleted_at || c.status === 'requires_action');
  return others.length ? section('Removed cards, and cards never added', 'other-cards-title', list('other-cards-title', others.map(cardItem), '')) : [];
}

/** The account as support sees it, from `GET /v1/support/accounts/{id}`. The balance part (with
 * its top-ups and ledger) is shown when the answer carries it. */
export function renderAccount(container, view) {
  const { account, onboarding } = view;
  payerNames = new Map((view.payers ?? []).map((payer) => [payer.id, payer.legal_name]));
  const name = account.details?.name ?? account.details?.enterprise_name ?? account.email;
  container.replaceChildren(
    el('h2', { id: 'account-title', tabindex: '-1', text: `${name} (${account.email})` }),
    facts([['Account', account.id], ['Country', account.country], ['Currency', account.currency], ['Mobile', account.mobile], ['Status', account.status], ['Registered', formatDate(account.created_at)]]),
    ...pastDueSection(view.past_due),
    ...section('Onboarding', 'onboarding-title', el('p', { text: `Next step: ${onboarding.next_step}` }),
      facts(Object.entries(onboarding.steps).map(([step, state]) => [step, state]))),
    ...(payerNames.size > 1 ? section('Payers', 'payers-title', list('payers-title', view.payers.map(payerItem), '')) : []),
    // Only live, verified cards are in the charge order; removed ones and ones still waiting for
    // 3-D Secure (never added) are listed apart, so the order reads as billing uses it.
    ...section('Cards in charge order', 'cards-title', list('cards-title', view.cards.filter((c) => !c.deleted_at && c.status !== 'requires_action').map(cardItem), 'No cards.')),
    ...otherCards(view.cards),
    ...section('Card history', 'history-title', list('history-title', view.card_history.map(historyItem), 'No card history.')),
    ...section('Charges', 'charges-title', list('charges-title', view.charges.map(chargeItem), 'No charges.')),
    ...balanceSections(view.balance),
  );
}
