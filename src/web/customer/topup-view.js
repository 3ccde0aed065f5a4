import { messageFor, newIdempotencyKey } from '../shared/api.js';
import { byId, clearErrors, el, formatDate, formatMoney, show, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { cardErrorFields, followNextAction } from './card-entry.js';
import { cardName } from './hold-text.js';
import { alertForm } from './topup-alert.js';

const statuses = { new: ['New: waiting for your bank', ''], paid: ['Paid', 'good'], cancelled: ['Cancelled', 'bad'] };
const entryTypes = { topup: 'Top-up', charge: 'Charge', charge_reversal: 'Charge returned', transfer: 'Bank transfer' };

/** The Top up tab: the balance, a top-up form, the payment history, the ledger and the alert. */
export async function renderTopup(ctx) {
  const content = byId('topup-content');
  let balance;
  try {
    balance = await ctx.api('GET', '/v1/balance');
  } catch (error) {
    content.replaceChildren(el('h3', { text: 'Top up' }), el('p', { class: 'error', text: messageFor(error) }));
    return;
  }
  try {
    const [cards, topups, ledger] = await Promise.all([
      ctx.api('GET', '/v1/cards'),
      ctx.api('GET', '/v1/topups'),
      ctx.api('GET', '/v1/balance/transactions?limit=10'),
    ]);
    const currency = ctx.currency(balance.currency);
    const money = (amount) => formatMoney(amount, currency.code, currency.decimals);
    content.replaceChildren(...[
      el('h3', { id: 'balance-title', text: 'Your balance' }),
      el('p', { class: 'balance', text: money(balance.available) }),
      balance.pending ? el('p', { class: 'note', text: `${money(balance.pending)} more once your bank confirms a top-up.` }) : null,
      topupForm(ctx, currency, money, cards.data.filter((card) => card.status === 'active')),
      el('h3', { id: 'topups-title', text: 'Payment history' }),
      list('topups-title', topups.data.map((topup) => topupItem(ctx, topup, money)), 'No top-ups yet.'),
      el('h3', { id: 'ledger-title', text: 'Balance activity' }),
      list('ledger-title', ledger.data.map((entry) => ledgerItem(entry, money)), 'No activity yet.'),
      alertForm(ctx, balance, currency, money, () => renderTopup(ctx)),
    ].filter(Boolean));
    const error = ctx.resumeError?.kind === 'topup' ? ctx.resumeError.message : null;
    ctx.resumeError = null;
    if (error) showFieldError(byId('topup-form'), 'card_id', error)?.focus();
  } catch (error) {
    content.replaceChildren(el('p', { class: 'error', text: messageFor(error) }));
  }
}

const list = (labelledBy, items, empty) => el('ol', { class: 'items', 'aria-labelledby': labelledBy }, ...(items.length ? items : [el('li', { text: empty })]));

function topupForm(ctx, currency, money, cards) {
  const presets = currency.topup_presets ?? [];
  const range = `From ${money(currency.topup_min_amount)} to ${money(currency.topup_max_amount)}.`;
  const step = currency.decimals ? String(1 / 10 ** currency.decimals) : '1';
  const defaultCard = cards.find((card) => card.is_default);
  const form = el(
    'form',
    { id: 'topup-form', 'aria-labelledby': 'topup-form-title' },
    el('h3', { id: 'topup-form-title', text: 'Top up your balance' }),
    el('fieldset', {}, el('legend', { text: 'Amount' }),
      ...presets.map((amount, index) => el('label', { class: 'choice' }, el('input', { type: 'radio', name: 'preset', value: amount, checked: index === 0 }), money(amount))),
      el('label', { class: 'choice' }, el('input', { type: 'radio', name: 'preset', value: 'other', checked: presets.length === 0 }), 'Other amount'),
      el('div', { class: 'field' }, el('label', { for: 'topup-amount', text: `Other amount (${currency.code})` }),
        el('input', { id: 'topup-amount', name: 'amount', type: 'number', min: currency.topup_min_amount / 10 ** currency.decimals, max: currency.topup_max_amount / 10 ** currency.decimals, step, 'aria-describedby': 'topup-amount-hint' }),
        el('p', { class: 'hint', id: 'topup-amount-hint', text: range }),
        el('p', { class: 'error', 'data-error-for': 'amount', hidden: true }))),
    el('div', { class: 'field' }, el('label', { for: 'topup-card', text: 'Pay with' }),
      el('select', { id: 'topup-card', name: 'card_id' },
        ...cards.map((card) => el('option', { value: card.id, selected: card === defaultCard, text: `${cardName(card)}${card.is_default ? ' (default)' : ''}` })),
        el('option', { value: 'new', selected: cards.length === 0, text: 'A new card' })),
      el('p', { class: 'error', 'data-error-for': 'card_id', hidden: true })),
    el('div', { id: 'topup-new-card', hidden: cards.length > 0 },
      el('div', { id: 'topup-card-input-slot' }),
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: 'save_card', id: 'topup-save-card' }), 'Save this card for later payments')),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: 'Pay' }),
  );
  const newCard = () => form.elements.namedItem('card_id').value === 'new';
  const saveCard = () => form.elements.namedItem('save_card').checked;
  // Chile's holder id is asked for only when the new card is kept (docs/balance-and-topups.md).
  const syncNewCard = () => {
    show(byId('topup-new-card'), newCard());
    if (newCard()) ctx.cardInput.mountInto(byId('topup-card-input-slot'), { keepsCard: saveCard() });
  };
  form.addEventListener('change', (event) => {
    if (event.target.name === 'card_id' || event.target.name === 'save_card') syncNewCard();
    if (event.target.name === 'amount') form.querySelector('input[name="preset"][value="other"]').checked = true;
  });
  queueMicrotask(syncNewCard);
  let idempotencyKey = newIdempotencyKey();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      const preset = form.querySelector('input[name="preset"]:checked')?.value;
      const typed = Number(String(form.elements.namedItem('amount').value).replace(',', '.'));
      const amount = preset && preset !== 'other' ? Number(preset) : Math.round(typed * 10 ** currency.decimals);
      const body = { amount, return_url: `${location.origin}/` };
      if (newCard()) {
        const card = await ctx.cardInput.collect('');
        if (card.error) return showFieldError(form, 'payment_method', card.error)?.focus();
        Object.assign(body, card, { save_card: saveCard() });
      } else body.card_id = form.elements.namedItem('card_id').value;
      try {
        const result = await ctx.api('POST', '/v1/topups', body, { idempotencyKey });
        idempotencyKey = newIdempotencyKey();
        if (result.next_action) return followNextAction(ctx, { kind: 'topup', id: result.topup.id }, result.next_action);
        // The tab is drawn again (balance, history, ledger) before the notice says it is paid, so
        // the page never announces a top-up next to the old balance.
        await renderTopup(ctx);
        ctx.notice(`Top-up ${result.topup.number} is paid: ${money(result.topup.amount)}.`);
        byId('balance-title').focus?.();
      } catch (error) {
        if (error.status !== 409 && error.status !== 429 && error.status < 500) idempotencyKey = newIdempotencyKey();
        const cardField = newCard() ? 'payment_method' : 'card_id';
        showApiError(form, error, messageFor(error), { ...cardErrorFields, card_declined: cardField, authentication_failed: cardField, invalid_amount: 'amount' });
      }
    });
  });
  return form;
}

function topupItem(ctx, topup, money) {
  const [text, tone] = statuses[topup.status] ?? [topup.status, ''];
  const item = el('li', {},
    el('p', { class: 'title' }, `${topup.number}: ${money(topup.amount)}`, el('span', { class: `badge ${tone}`, text })),
    el('p', { class: 'note', text: formatDate(topup.paid_at ?? topup.cancelled_at ?? topup.created_at) }),
    topup.failure ? el('p', { text: topup.failure.message }) : null);
  if (topup.status === 'new') {
    item.append(el('button', { type: 'button', class: 'secondary', 'aria-label': `Cancel top-up ${topup.number}`, onclick: async () => {
      try {
        await ctx.api('POST', `/v1/topups/${topup.id}/cancel`);
        ctx.notice(`Top-up ${topup.number} is cancelled.`);
        await renderTopup(ctx);
      } catch (error) {
        ctx.alert(messageFor(error));
      }
    } }, 'Cancel'));
  }
  return item;
}

function ledgerItem(entry, money) {
  const sign = entry.amount > 0 ? '+' : '−';
  return el('li', {},
    el('p', { class: 'title', text: `${entryTypes[entry.type] ?? entry.type}: ${sign}${money(Math.abs(entry.amount))}` }),
    el('p', { class: 'note', text: `Balance after: ${money(entry.balance_after)} · ${formatDate(entry.created_at)}` }));
}
