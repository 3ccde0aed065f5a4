import { newIdempotencyKey } from '../shared/api.js';
import { byId, clearErrors, el, show, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { cardErrorFields, followNextAction } from './card-entry.js';
import { errorMessage, failureMessage, fieldMessage } from './errors.js';
import { dateTime, money as formatMoney, receipt } from './format.js';
import { cardName } from './hold-text.js';
import { t } from './i18n.js';
import { alertForm } from './topup-alert.js';
import { autoTopupPart, fillFromLink } from './auto-topup.js';
import { bankTransferPart } from './bank-transfer.js';
import { listPayers, payerName } from './payers-view.js';

const statuses = { new: ['topup.status_new', ''], paid: ['topup.status_paid', 'good'], cancelled: ['topup.status_cancelled', 'bad'] };
const entryTypes = { topup: 'ledger.topup', charge: 'ledger.charge', charge_reversal: 'ledger.charge_reversal', transfer: 'ledger.transfer' };

/**
 * The Top up tab, as a list of sections drawn in order from what one round of reads fetched
 * (`view`: balance, cards, top-ups, ledger, and `money` in the account's currency). A new part of
 * the tab is one more function in this list (and its strings in messages/).
 */
export const topupSections = [balanceSection, (ctx, view) => topupForm(ctx, view), paymentHistory, balanceActivity, (ctx, view) => alertForm(ctx, view.balance, view.currency, view.money, () => renderTopup(ctx)), (_ctx, view) => view.automatic, (ctx, view) => bankTransferPart(ctx, view.currency, view.money)];

/** The Top up tab: the balance, a top-up form, the payment history, the ledger, the alert, the
 * automatic top-up rule and bank-transfer tickets. */
export async function renderTopup(ctx) {
  const content = byId('topup-content');
  let balance;
  try {
    balance = await ctx.api('GET', '/v1/balance');
  } catch (error) {
    content.replaceChildren(el('h2', { text: t('billing.tab_topup') }), el('p', { class: 'error', text: errorMessage(error) }));
    return;
  }
  try {
    const [cards, topups, ledger, payers] = await Promise.all([
      ctx.api('GET', '/v1/cards'),
      ctx.api('GET', '/v1/topups'),
      ctx.api('GET', '/v1/balance/transactions?limit=10'),
      listPayers(ctx),
    ]);
    const currency = ctx.currency(balance.currency);
    const money = (amount) => formatMoney(amount, currency.code, currency.decimals);
    const automatic = await autoTopupPart(ctx, currency, money, cards.data.filter((card) => card.status === 'active'), () => renderTopup(ctx));
    const view = { balance, cards: cards.data, topups: topups.data, ledger: ledger.data, payers, currency, money, automatic };
    content.replaceChildren(...topupSections.flatMap((section) => section(ctx, view)).filter(Boolean));
    fillFromLink(byId('topup-form'), currency);
    const resumed = ctx.resumeError?.kind === 'topup' ? ctx.resumeError : null;
    ctx.resumeError = null;
    if (resumed) {
      // Back from a failed bank page: the same card stays chosen next to what went wrong.
      const select = byId('topup-card');
      if (resumed.chosen?.card_id && [...select.options].some((option) => option.value === resumed.chosen.card_id)) select.value = resumed.chosen.card_id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      ctx.cardInput.restore(resumed.chosen);
      showFieldError(byId('topup-form'), select.value === 'new' ? 'payment_method' : 'card_id', resumed.message)?.focus();
    }
  } catch (error) {
    content.replaceChildren(el('p', { class: 'error', text: errorMessage(error) }));
  }
}

const list = (labelledBy, items, empty) => el('ol', { class: 'items', 'aria-labelledby': labelledBy }, ...(items.length ? items : [el('li', { text: empty })]));

/** The balance, and a warning while it is under the customer's own alert level. */
function balanceSection(_ctx, { balance, money }) {
  const alert = balance.low_balance_alert;
  const low = alert && balance.available < alert.threshold;
  return [
    el('h2', { id: 'balance-title', tabindex: '-1', text: t('topup.balance_title') }),
    el('p', { class: 'balance', text: money(balance.available) }),
    low ? el('p', { class: 'warning', id: 'low-balance', text: t('topup.low_balance', { threshold: money(alert.threshold) }) }) : null,
    balance.pending ? el('p', { class: 'note', text: t('topup.pending', { amount: money(balance.pending) }) }) : null,
  ];
}

function paymentHistory(ctx, { topups, money }) {
  return [el('h3', { id: 'topups-title', text: t('topup.history_title') }), list('topups-title', topups.map((topup) => topupItem(ctx, topup, money)), t('topup.history_none'))];
}

function balanceActivity(_ctx, { ledger, money }) {
  return [el('h3', { id: 'ledger-title', text: t('ledger.title') }), list('ledger-title', ledger.map((entry) => ledgerItem(entry, money)), t('ledger.none'))];
}

function topupForm(ctx, { currency, money, cards: allCards, payers = [] }) {
  // With several payers the customer picks the payer first, and only its cards are offered (seed
  // 003: "the payment method field will then display only the payment methods linked to the
  // selected payer"), its default card preselected.
  const several = payers.length > 1;
  const defaultPayer = payers.find((payer) => payer.is_default) ?? payers[0];
  const activeCards = allCards.filter((card) => card.status === 'active');
  const cardsOf = (payerId) => (several ? activeCards.filter((card) => card.payer_id === payerId) : activeCards);
  const cards = cardsOf(defaultPayer?.id);
  const cardOptions = (payerCards) => {
    const chosen = payerCards.find((card) => card.is_default);
    return [
      ...payerCards.map((card) => el('option', { value: card.id, selected: card === chosen, text: card.is_default ? t('topup.card_default', { card: cardName(card) }) : cardName(card) })),
      el('option', { value: 'new', selected: payerCards.length === 0, text: t('topup.new_card') }),
    ];
  };
  const presets = currency.topup_presets ?? [];
  const min = currency.topup_min_amount;
  const max = currency.topup_max_amount;
  const range = t('topup.range', { min: money(min), max: money(max) });
  const form = el(
    'form',
    { id: 'topup-form', 'aria-labelledby': 'topup-form-title', novalidate: true },
    el('h3', { id: 'topup-form-title', text: t('topup.form_title') }),
    el('fieldset', {}, el('legend', { text: t('topup.amount') }),
      ...presets.map((amount, index) => el('label', { class: 'choice' }, el('input', { type: 'radio', name: 'preset', value: amount, checked: index === 0 }), money(amount))),
      el('label', { class: 'choice' }, el('input', { type: 'radio', name: 'preset', value: 'other', checked: presets.length === 0 }), t('topup.other_amount')),
      el('div', { class: 'field' }, el('label', { for: 'topup-amount', text: t('topup.other_amount_label', { currency: currency.code }) }),
        el('input', { id: 'topup-amount', name: 'amount', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'topup-amount-hint' }),
        el('p', { class: 'hint', id: 'topup-amount-hint', text: range }),
        el('p', { class: 'error', 'data-error-for': 'amount', hidden: true }))),
    several
      ? el('div', { class: 'field' }, el('label', { for: 'topup-payer', text: t('topup.payer') }),
          el('select', { id: 'topup-payer', name: 'payer_id' },
            ...payers.map((payer) => el('option', { value: payer.id, selected: payer === defaultPayer, text: payerName(payer) }))),
          el('p', { class: 'error', 'data-error-for': 'payer_id', hidden: true }))
      : null,
    el('div', { class: 'field' }, el('label', { for: 'topup-card', text: t('topup.pay_with') }),
      el('select', { id: 'topup-card', name: 'card_id' }, ...cardOptions(cards)),
      el('p', { class: 'error', 'data-error-for': 'card_id', hidden: true })),
    el('div', { id: 'topup-new-card', hidden: cards.length > 0 },
      el('div', { class: 'field' }, el('label', { for: 'topup-holder', text: t('card_form.holder') }),
        el('input', { id: 'topup-holder', name: 'holder_name', autocomplete: 'cc-name', value: ctx.account?.details?.name ?? '' }),
        el('p', { class: 'error', 'data-error-for': 'holder_name', hidden: true })),
      el('div', { id: 'topup-card-input-slot' }),
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: 'save_card', id: 'topup-save-card' }), t('topup.save_card'))),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('div', { id: 'topup-review', class: 'panel review', hidden: true, tabindex: '-1', 'aria-labelledby': 'topup-review-title' },
      el('h4', { id: 'topup-review-title', text: t('topup.review_title') }),
      el('p', { id: 'topup-review-text' }),
      el('button', { type: 'button', id: 'topup-pay' }),
      el('button', { type: 'button', class: 'secondary', id: 'topup-change', text: t('topup.change') })),
    el('button', { type: 'submit', id: 'topup-submit', text: t('topup.review') }),
  );
  const newCard = () => form.elements.namedItem('card_id').value === 'new';
  const saveCard = () => form.elements.namedItem('save_card').checked;
  const review = () => byId('topup-review');
  // Chile's holder id is asked for only when the new card is kept (docs/balance-and-topups.md).
  const syncNewCard = () => {
    show(byId('topup-new-card'), newCard());
    if (newCard()) ctx.cardInput.mountInto(byId('topup-card-input-slot'), { keepsCard: saveCard() });
  };
  const closeReview = () => {
    show(review(), false);
    show(byId('topup-submit'), true);
  };
  form.addEventListener('change', (event) => {
    if (event.target.name === 'payer_id') form.elements.namedItem('card_id').replaceChildren(...cardOptions(cardsOf(event.target.value)));
    if (event.target.name === 'card_id' || event.target.name === 'save_card' || event.target.name === 'payer_id') syncNewCard();
    closeReview();
  });
  form.addEventListener('input', (event) => {
    if (event.target.name === 'amount') form.querySelector('input[name="preset"][value="other"]').checked = true;
  });
  queueMicrotask(syncNewCard);

  /** The amount in minor units, or null after showing why it cannot be paid. */
  const chosenAmount = () => {
    const preset = form.querySelector('input[name="preset"]:checked')?.value;
    if (preset && preset !== 'other') return Number(preset);
    // A comma or a point for the decimals, and no thousands separators: "1.500,50" and "1,500.50" are not guessed.
    const typed = String(form.elements.namedItem('amount').value).trim().replace(/\s/g, '').replace(',', '.');
    const amount = /^\d+(\.\d+)?$/.test(typed) ? Math.round(Number(typed) * 10 ** currency.decimals) : NaN;
    if (Number.isFinite(amount) && amount >= min && amount <= max) return amount;
    showFieldError(form, 'amount', t('topup.amount_out_of_range', { min: money(min), max: money(max) }))?.focus();
    return null;
  };

  // Pay is a second step: the review names the amount and the card before anything is charged.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const amount = chosenAmount();
    if (amount === null) return;
    const paidWith = newCard() ? t('topup.review_new_card') : form.elements.namedItem('card_id').selectedOptions[0].textContent;
    byId('topup-review-text').textContent = t('topup.review_text', { amount: money(amount), card: paidWith });
    byId('topup-pay').textContent = t('topup.pay', { amount: money(amount) });
    byId('topup-pay').dataset.amount = String(amount);
    show(byId('topup-submit'), false);
    show(review(), true);
    review().focus();
  });
  form.addEventListener('click', (event) => {
    if (event.target.id === 'topup-change') {
      closeReview();
      byId('topup-submit').focus();
    }
    if (event.target.id === 'topup-pay') void pay(Number(event.target.dataset.amount));
  });

  let idempotencyKey = newIdempotencyKey();
  const pay = (amount) =>
    whileBusy(form, async () => {
      clearErrors(form);
      const body = { amount, return_url: `${location.origin}/`, ...(several ? { payer_id: form.elements.namedItem('payer_id').value } : {}) };
      if (newCard()) {
        const holderName = form.elements.namedItem('holder_name').value.trim();
        const card = await ctx.cardInput.collect(holderName);
        if (card.error) {
          closeReview();
          return showFieldError(form, 'payment_method', card.error)?.focus();
        }
        Object.assign(body, card, { save_card: saveCard() }, saveCard() && holderName ? { holder_name: holderName } : {});
      } else body.card_id = form.elements.namedItem('card_id').value;
      try {
        const result = await ctx.api('POST', '/v1/topups', body, { idempotencyKey });
        idempotencyKey = newIdempotencyKey();
        if (result.next_action) return followNextAction(ctx, { kind: 'topup', id: result.topup.id, chosen: { card_id: form.elements.namedItem('card_id').value, ...ctx.cardInput.chosen() } }, result.next_action);
        // The tab is drawn again (balance, history, ledger) before the notice says it is paid, so
        // the page never announces a top-up next to the old balance.
        await renderTopup(ctx);
        ctx.notice(t('topup.paid', { number: receipt(result.topup.number), amount: money(result.topup.amount) }), { focus: true });
      } catch (error) {
        if (error.status !== 409 && error.status !== 429 && error.status < 500) idempotencyKey = newIdempotencyKey();
        closeReview();
        const cardField = newCard() ? 'payment_method' : 'card_id';
        showApiError(form, error, errorMessage(error, { min: money(min), max: money(max) }), { ...cardErrorFields, card_declined: cardField, authentication_failed: cardField, invalid_amount: 'amount', no_usable_card: 'card_id' }, (field) =>
          field === 'amount' ? t('topup.amount_out_of_range', { min: money(min), max: money(max) }) : fieldMessage(field));
      }
    });
  return form;
}

function topupItem(ctx, topup, money) {
  const [key, tone] = statuses[topup.status] ?? ['topup.status_new', ''];
  const number = receipt(topup.number);
  const paidWith = topup.last4 ? cardName(topup) : null;
  const item = el('li', {},
    el('p', { class: 'title' }, t('topup.item', { number, amount: money(topup.amount) }), el('span', { class: `badge ${tone}`, text: t(key) })),
    el('p', { class: 'note', text: [dateTime(topup.paid_at ?? topup.cancelled_at ?? topup.created_at), paidWith].filter(Boolean).join(' · ') }),
    topup.failure ? el('p', { text: failureMessage(topup.failure) }) : null);
  if (topup.status === 'new') {
    item.append(el('button', { type: 'button', class: 'secondary', 'aria-label': t('topup.cancel_label', { number }), onclick: async () => {
      try {
        await ctx.api('POST', `/v1/topups/${topup.id}/cancel`);
        await renderTopup(ctx);
        ctx.notice(t('topup.cancelled', { number }), { focus: true });
      } catch (error) {
        ctx.alert(errorMessage(error));
        byId('alert').focus();
      }
    } }, t('common.cancel')));
  }
  return item;
}

function ledgerItem(entry, money) {
  const sign = entry.amount > 0 ? '+' : '−';
  return el('li', {},
    el('p', { class: 'title', text: `${t(entryTypes[entry.type] ?? 'ledger.other')}: ${sign}${money(Math.abs(entry.amount))}` }),
    // What a charge paid for, in the billing job's words (the charge's description).
    ...(entry.description ? [el('p', { class: 'ledger-description', text: entry.description })] : []),
    el('p', { class: 'note', text: t('ledger.after', { amount: money(entry.balance_after), date: dateTime(entry.created_at) }) }));
}

