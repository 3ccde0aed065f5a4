import { createApi, newIdempotencyKey } from '../shared/api.js';
import { byId, el, focusHeading, show } from '../shared/dom.js';
import { bankDetails } from './bank-transfer.js';
import { openCardForm } from './card-entry.js';
import { cardsChanged, renderCards, setUpCards } from './cards-view.js';
import { declineMessage, errorMessage } from './errors.js';
import { dateTime, money } from './format.js';
import { cardName } from './hold-text.js';
import { t } from './i18n.js';
import { followCollection, loadPastDue, onPayNow, owedText } from './past-due.js';
import { session } from './session.js';
import { resumeAuthentication } from './three-d-secure.js';

// The pay page, `/pay/<token>`: the link in a past-due notice opens it with no sign-in. The link
// is exchanged for a short customer token kept in this module only (never in the stored sign-in,
// never shared with another tab). The bank's 3-D Secure page brings the customer back to
// `/pay/return`, not to the link itself: the link is a credential, and a return URL is kept by
// the gateway and shown to the bank. For that round trip alone the link waits in this tab's
// sessionStorage; back here it is taken out, put back in the address bar, and opened again.

const LINK_PROBLEMS = new Set(['pay_link_invalid', 'pay_link_expired', 'validation_failed']);
const RETURN_PATH = '/pay/return';
const LINK_KEY = 'card-vault.pay-link';

export const isPayPage = () => location.pathname.startsWith('/pay/');

let accessToken = null;
/** Whether something was owed when the page last looked (so "Paid" is said once, when it changes). */
let owing = false;

/** The API with the pay session's token, set before anything is called. */
export function usePaySession(ctx) {
  ctx.payLink = true;
  ctx.api = createApi({ token: () => accessToken, onUnauthenticated: () => ctx.alert(t('pay.session_ended')) });
  ctx.returnUrl = `${location.origin}${RETURN_PATH}`;
}

/** The link this page was opened with: in the path, or back from the bank, kept for the trip. */
function linkOfThisPage() {
  if (location.pathname !== RETURN_PATH) return decodeURIComponent(location.pathname.slice('/pay/'.length));
  const kept = sessionStorage.getItem(LINK_KEY);
  sessionStorage.removeItem(LINK_KEY);
  // A reload opens the link again, as before the bank's page.
  if (kept) history.replaceState(null, '', `/pay/${encodeURIComponent(kept)}`);
  return kept ?? '';
}

export async function startPayPage(ctx) {
  const link = linkOfThisPage();
  ctx.beforeBankPage = () => sessionStorage.setItem(LINK_KEY, link);
  try {
    accessToken = (await ctx.api('POST', '/v1/pay/session', { token: link })).access_token;
  } catch (error) {
    if (!LINK_PROBLEMS.has(error.code)) return ctx.alert(errorMessage(error));
    ctx.route = async () => showLinkProblem(ctx, error.code);
    return ctx.route();
  }
  ctx.route = ({ focus = true } = {}) => renderPayPage(ctx, { focus });
  placeCards();
  setUpCards(ctx);
  // Not awaited: the card form is free again at once while the page follows the collection.
  ctx.onCardsChanged = () => void followCardChange(ctx);
  setUpBalancePayment(ctx);
  onPayNow(ctx, byId('pay-now'), () => refreshOwed(ctx));
  try {
    ctx.account = await ctx.api('GET', '/v1/account');
  } catch (error) {
    return ctx.alert(errorMessage(error));
  }
  const backFromBank = session.pending();
  if (backFromBank) await resumeAuthentication(ctx);
  await ctx.route({ focus: false });
  const resumed = ctx.resumeError;
  ctx.resumeError = null;
  if (resumed?.kind === 'card') {
    openCardForm(ctx, { slot: byId('add-card-slot'), title: t('cards.add'), cancellable: true, onDone: () => cardsChanged(ctx), error: resumed.message, chosen: resumed.chosen });
    return;
  }
  if (byId('notice').textContent) byId('notice').focus();
  // A card confirmed after the bank's page makes the service collect in the background: follow it.
  if (backFromBank?.kind === 'card') await followCardChange(ctx);
}

/** A link that does not open: that, and how to get a new one; nothing about any account. */
function showLinkProblem(ctx, code) {
  ctx.showView('view-pay-problem', t('pay.problem_title'));
  byId('pay-problem-text').textContent = t(code === 'pay_link_expired' ? 'pay.problem_expired' : 'pay.problem_invalid');
  focusHeading(byId('page-title'));
}

/** The Payment methods part of the billing center, moved into the pay page as it is: the same
 * list, menus, card form and 3-D Secure. Payers are managed when signed in, not here. */
function placeCards() {
  const cards = byId('panel-cards');
  cards.removeAttribute('role');
  cards.setAttribute('aria-labelledby', 'cards-title');
  cards.hidden = false;
  show(byId('add-payer-button'), false);
  byId('pay-cards-slot').replaceWith(cards);
}

async function renderPayPage(ctx, { focus }) {
  ctx.showView('view-pay', t('pay.page_title'));
  byId('pay-transfer-details').replaceChildren(bankDetails(ctx, 'h3'));
  await Promise.all([refreshOwed(ctx), renderCards(ctx)]);
  if (focus) focusHeading(byId('page-title'));
}

/** Draws what is owed; returns the summary (null: paid). */
async function refreshOwed(ctx) {
  let state;
  try {
    state = await loadPastDue(ctx);
  } catch (error) {
    ctx.alert(errorMessage(error));
    return undefined;
  }
  const { summary, charges } = state;
  owing = Boolean(summary);
  byId('pay-owed-text').textContent = summary ? owedText(ctx, summary) : t('pay.paid');
  show(byId('pay-now'), Boolean(summary));
  show(byId('pay-transfer-part'), Boolean(summary));
  show(byId('pay-charges-part'), charges.length > 0);
  byId('pay-charges').replaceChildren(...charges.map((charge) => chargeItem(ctx, charge)));
  await offerBalance(ctx, summary);
  return summary;
}

/** "Pay from your balance", offered only when the prepaid balance covers all that is owed (the
 * service pays all past-due charges from it at once, or none). */
async function offerBalance(ctx, summary) {
  const button = byId('pay-from-balance');
  const note = byId('pay-balance-note');
  let balance = null;
  try {
    if (summary) balance = await ctx.api('GET', '/v1/balance');
  } catch {
    balance = null;
  }
  const covers = Boolean(summary && balance && balance.currency === summary.currency && balance.available >= summary.amount);
  show(button, covers);
  show(note, covers);
  if (!covers) return;
  const decimals = ctx.currency(summary.currency).decimals;
  button.textContent = t('pay.from_balance', { amount: money(summary.amount, summary.currency, decimals) });
  note.textContent = t('pay.balance_available', { amount: money(balance.available, balance.currency, decimals) });
}

function setUpBalancePayment(ctx) {
  const button = byId('pay-from-balance');
  button.addEventListener('click', async () => {
    ctx.notice('');
    ctx.alert('');
    button.disabled = true;
    try {
      const result = await ctx.api('POST', '/v1/balance/pay-past-due', undefined, { idempotencyKey: newIdempotencyKey() });
      await refreshOwed(ctx);
      const paid = result.paid.reduce((sum, charge) => sum + charge.amount, 0);
      const currency = result.balance.currency;
      ctx.notice(t('pay.paid_from_balance', { amount: money(paid, currency, ctx.currency(currency).decimals) }), { focus: true });
    } catch (error) {
      await refreshOwed(ctx);
      ctx.alert(error.code === 'insufficient_balance' ? t('pay.balance_short') : errorMessage(error));
      byId('alert').focus();
    } finally {
      button.disabled = false;
    }
  });
}

/** One charge that did not go through: what it was for, since when, and why each card failed. */
function chargeItem(ctx, charge) {
  const amount = money(charge.amount, charge.currency, ctx.currency(charge.currency).decimals);
  return el('li', {},
    el('p', { class: 'title', text: charge.description ? t('pay.charge', { description: charge.description, amount }) : amount }),
    el('p', { class: 'note', text: t('pay.charge_since', { date: dateTime(charge.past_due_since) }) }),
    charge.next_retry_at ? el('p', { class: 'note', text: t('pay.next_retry', { date: dateTime(charge.next_retry_at) }) }) : null,
    ...charge.last_failures.map((failure) => el('p', { class: 'warning', text: t('pay.card_failed', { card: cardName(failure), reason: declineMessage('card_declined', failure.decline_code) }) })));
}

/** After a card is added or updated the service retries what is owed on its own; the page reads
 * the state again (a few times, while that may still be running) and says "Paid" once it is. */
async function followCardChange(ctx) {
  if (!owing) return refreshOwed(ctx);
  if (await followCollection(() => refreshOwed(ctx))) {
    const said = byId('notice').textContent;
    ctx.notice(said ? `${said} ${t('pay.paid_now')}` : t('pay.paid_now'), { focus: true });
  }
}
