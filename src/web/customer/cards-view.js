import { brandMark } from '../shared/brands.js';
import { byId, clearErrors, el, showApiError, whileBusy } from '../shared/dom.js';
import { cardErrorFields, openCardForm } from './card-entry.js';
import { errorMessage, fieldMessage } from './errors.js';
import { expiry, money } from './format.js';
import { cardName } from './hold-text.js';
import { t } from './i18n.js';
import { listPayers, openPayerForm, payerName } from './payers-view.js';

/** Status badges, and for a card that cannot pay, what to do about it (issue 19's `do_not_retry`). */
const statusBadges = { requires_action: 'cards.status_requires_action', expired: 'cards.status_expired', do_not_retry: 'cards.status_do_not_retry' };
const statusNotes = { do_not_retry: 'cards.note_do_not_retry', expired: 'cards.note_expired' };

/** Where the keyboard goes once the list is drawn again: the moved card's button, say. */
let focusAfterRender = null;

/** Payment methods: the cards in charge order, each with one menu of actions. With several payers,
 * grouped by payer (the default payer first), each group in that payer's own charge order. */
export async function renderCards(ctx) {
  const list = byId('card-list');
  let cards;
  let payers;
  try {
    [cards, payers] = await Promise.all([ctx.api('GET', '/v1/cards').then((answer) => answer.data), listPayers(ctx)]);
  } catch (error) {
    list.replaceChildren(el('li', { class: 'error', text: errorMessage(error) }));
    return;
  }
  if (payers.length > 1) list.replaceChildren(...payers.map((payer) => payerGroup(ctx, payer, cards.filter((card) => card.payer_id === payer.id))));
  else list.replaceChildren(...cards.map((card, index) => cardItem(ctx, cards, card, index)));
  if (cards.length === 0 && payers.length <= 1) list.replaceChildren(el('li', { text: t('cards.none') }));
  const wanted = focusAfterRender;
  focusAfterRender = null;
  if (wanted) {
    const item = list.querySelector(`li[data-card-id="${CSS.escape(wanted.cardId)}"]`);
    if (item) {
      openMenu(item);
      (item.querySelector(`[data-action="${wanted.action}"]`) ?? item.querySelector('[data-action="menu"]'))?.focus();
    }
  }
}

/** The cards changed (one added, its expiry updated, one moved or deleted): the list is drawn
 * again, and the view around it hears of it (the pay page reads what is still owed, since a card
 * added or updated makes the service retry the past-due charges). */
export async function cardsChanged(ctx) {
  await renderCards(ctx);
  await ctx.onCardsChanged?.();
}

/** "Expires soon" for this month and next, "Expired" after: read from the card's own date. */
function expiryFlag(card, now = new Date()) {
  const months = card.exp_year * 12 + (card.exp_month - 1) - (now.getFullYear() * 12 + now.getMonth());
  if (months < 0) return t('cards.flag_expired');
  if (months <= 1) return t('cards.flag_expires_soon');
  return null;
}

/** One payer's cards under its name, with a button that adds a card for that payer. */
function payerGroup(ctx, payer, cards) {
  const titleId = `payer-title-${payer.id}`;
  const slot = el('div', { class: 'payer-card-slot' });
  const group = el('li', { class: 'payer-group', 'data-payer-id': payer.id },
    el('h3', { id: titleId, text: payerName(payer) }),
    el('ol', { class: 'items', 'aria-labelledby': titleId }, ...(cards.length ? cards.map((card, index) => cardItem(ctx, cards, card, index)) : [el('li', { text: t('cards.none') })])),
    el('button', { type: 'button', class: 'secondary', 'data-action': 'payers.add_card', onclick: () => {
      openCardForm(ctx, { slot, title: t('payers.add_card', { name: payer.legal_name }), cancellable: true, payerId: payer.id, onDone: () => cardsChanged(ctx) });
      byId('card-holder').focus();
    } }, t('payers.add_card', { name: payer.legal_name })),
    slot);
  return group;
}

function openMenu(item, open = true) {
  const toggle = item.querySelector('[data-action="menu"]');
  const menu = item.querySelector('.card-menu');
  toggle.setAttribute('aria-expanded', String(open));
  menu.hidden = !open;
}

function cardItem(ctx, cards, card, index) {
  const name = cardName(card);
  const item = el('li', { 'aria-label': name, 'data-card-id': card.id });
  const menuId = `card-menu-${card.id}`;
  const noteId = `delete-note-${card.id}`;
  const action = (key, run, extra = {}) => {
    const label = t(key);
    return el('button', { type: 'button', class: 'secondary', 'data-action': key, 'aria-label': t('cards.action_label', { action: label, card: name }), onclick: () => void act(ctx, item, run), ...extra }, label);
  };
  const ids = cards.map((c) => c.id);
  const moved = (offset) => {
    const order = [...ids];
    [order[index], order[index + offset]] = [order[index + offset], order[index]];
    return order;
  };
  // The default card is charged first and stays first: moving a card never changes the default
  // behind the customer's back (Make default does that, and says so).
  const canMoveUp = !card.is_default && index > 1;
  const canMoveDown = !card.is_default && index < cards.length - 1;
  const deleteNote = card.is_default ? (cards.length > 1 ? t('cards.default_undeletable') : t('cards.only_card_undeletable')) : null;
  const flag = expiryFlag(card);
  const badge = statusBadges[card.status];
  const menu = el('div', { class: 'card-menu', id: menuId, hidden: true },
    card.is_default ? null : action('cards.make_default', async () => {
      await ctx.api('POST', `/v1/cards/${card.id}/default`);
      return t('cards.made_default', { card: name });
    }),
    canMoveUp ? action('cards.move_up', async () => {
      await ctx.api('PUT', '/v1/cards/order', { card_ids: moved(-1), ...(card.payer_id ? { payer_id: card.payer_id } : {}) });
      focusAfterRender = { cardId: card.id, action: index - 1 > 1 ? 'cards.move_up' : 'cards.move_down' };
      return t('cards.moved_up', { card: name, position: index });
    }) : null,
    canMoveDown ? action('cards.move_down', async () => {
      await ctx.api('PUT', '/v1/cards/order', { card_ids: moved(1), ...(card.payer_id ? { payer_id: card.payer_id } : {}) });
      focusAfterRender = { cardId: card.id, action: index + 1 < cards.length - 1 ? 'cards.move_down' : 'cards.move_up' };
      return t('cards.moved_down', { card: name, position: index + 2 });
    }) : null,
    action('cards.edit_expiry', async () => {
      const form = item.querySelector('form') ?? item.insertBefore(expiryForm(ctx, card, name, item), item.querySelector(':scope > .error'));
      form.querySelector('input')?.focus();
      return null;
    }),
    // The pay page's session may fix and add cards, not delete them (the signed-in pages do that).
    ctx.payLink ? null : action('cards.delete', async () => {
      const box = item.querySelector('.confirm') ?? item.insertBefore(deleteConfirmation(ctx, card, name, item), item.querySelector(':scope > .error'));
      box.querySelector('button')?.focus();
      return null;
    }, { disabled: card.is_default, 'aria-describedby': deleteNote ? noteId : undefined }),
    deleteNote && !ctx.payLink ? el('p', { class: 'note', id: noteId, text: deleteNote }) : null,
  );
  const toggle = el('button', { type: 'button', class: 'secondary menu-toggle', 'data-action': 'menu', 'aria-expanded': 'false', 'aria-controls': menuId, 'aria-label': t('cards.manage_label', { card: name }) }, t('cards.manage'));
  toggle.addEventListener('click', () => openMenu(item, toggle.getAttribute('aria-expanded') !== 'true'));
  item.append(
    ...[
      el('p', { class: 'title' }, markOf(card), name, card.is_default ? el('span', { class: 'badge', text: t('cards.default') }) : null,
        badge ? el('span', { class: 'badge bad', text: t(badge) }) : flag ? el('span', { class: 'badge bad', text: flag }) : null),
      el('p', { class: 'note' }, t('cards.expires', { date: expiry(card.exp_month, card.exp_year) }), ` · ${card.holder_name}`,
        card.id_number ? el('span', { class: 'nowrap', text: ` · ${t('cards.id', { id: card.id_number })}` }) : null),
      statusNotes[card.status] ? el('p', { class: 'warning', text: t(statusNotes[card.status]) }) : null,
      toggle,
      menu,
      el('p', { class: 'error', role: 'alert', hidden: true }),
    ].filter(Boolean),
  );
  return item;
}

/** Runs a card action. One that changes the cards says what it did in the notice (the focus goes
 * there, or to the moved card) and draws the list again; an error shows on the card. */
async function act(ctx, item, run) {
  const error = item.querySelector(':scope > .error');
  error.hidden = true;
  try {
    const done = await run();
    if (done === null) return;
    ctx.notice(done, { focus: focusAfterRender === null });
    await cardsChanged(ctx);
  } catch (failure) {
    focusAfterRender = null;
    error.textContent = errorMessage(failure);
    error.hidden = false;
    error.setAttribute('tabindex', '-1');
    error.focus();
  }
}

/** Delete asks first, naming the card; the notice names it too. */
function deleteConfirmation(ctx, card, name, item) {
  const box = el('div', { class: 'panel confirm', role: 'group', 'aria-label': t('cards.confirm_delete_title', { card: name }) },
    el('p', { text: t('cards.confirm_delete_text', { card: name }) }));
  box.append(
    el('button', { type: 'button', class: 'danger', onclick: () => void act(ctx, item, async () => {
      await ctx.api('DELETE', `/v1/cards/${card.id}`);
      return t('cards.deleted', { card: name });
    }) }, t('cards.confirm_delete', { card: name })),
    el('button', { type: 'button', class: 'secondary', onclick: () => {
      box.remove();
      item.querySelector('[data-action="cards.delete"]')?.focus();
    } }, t('cards.keep')),
  );
  return box;
}

function expiryForm(ctx, card, name, item) {
  const id = (suffix) => `expiry-${card.id}-${suffix}`;
  const form = el(
    'form',
    { 'aria-label': t('cards.expiry_form', { card: name }), novalidate: true },
    el('div', { class: 'field' }, el('label', { for: id('month'), text: t('cards.expiry_month') }), el('input', { id: id('month'), name: 'exp_month', inputmode: 'numeric', required: true, value: card.exp_month }), el('p', { class: 'error', 'data-error-for': 'exp_month', hidden: true })),
    el('div', { class: 'field' }, el('label', { for: id('year'), text: t('cards.expiry_year') }), el('input', { id: id('year'), name: 'exp_year', inputmode: 'numeric', required: true, value: card.exp_year }), el('p', { class: 'error', 'data-error-for': 'exp_year', hidden: true })),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: t('cards.save_expiry') }),
    el('button', { type: 'button', class: 'secondary', onclick: () => {
      form.remove();
      item.querySelector('[data-action="cards.edit_expiry"]')?.focus();
    } }, t('common.cancel')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      const body = { exp_month: Number(form.elements.namedItem('exp_month').value), exp_year: Number(form.elements.namedItem('exp_year').value) };
      try {
        const result = await ctx.api('PATCH', `/v1/cards/${card.id}`, body);
        if (result.next_action) return form.replaceWith(expiryAuthentication(ctx, card, result.next_action));
        const { verification } = result;
        const held = verification ? ` ${t('card_form.hold_placed', { amount: money(verification.amount, verification.currency, ctx.currency(verification.currency).decimals) })}` : '';
        ctx.notice(`${t('cards.expiry_saved', { card: name })}${held}`, { focus: true });
        await cardsChanged(ctx);
      } catch (error) {
        showApiError(form, error, errorMessage(error), { ...cardErrorFields, card_declined: 'exp_month', invalid_expiry: 'exp_month' }, fieldMessage);
      }
    });
  });
  return form;
}

// PATCH /v1/cards/{id} takes no return_url, so the bank's page cannot bring the customer back
// here: it opens in a new tab, and the customer confirms here once it is answered.
function expiryAuthentication(ctx, card, nextAction) {
  const box = el('div', { class: 'panel' },
    el('p', { text: t('cards.expiry_bank') }),
    el('p', {}, el('a', { href: nextAction.url, target: '_blank', rel: 'noopener' }, t('cards.expiry_bank_link'))),
    el('p', { class: 'error', role: 'alert', hidden: true }));
  box.append(el('button', { type: 'button', onclick: async () => {
    const error = box.querySelector('.error');
    try {
      const result = await ctx.api('POST', `/v1/cards/${card.id}/confirm`);
      if (result.next_action) throw Object.assign(new Error(), { friendly: t('cards.expiry_bank_unanswered') });
      ctx.notice(t('cards.expiry_saved', { card: cardName(card) }), { focus: true });
      await cardsChanged(ctx);
    } catch (failure) {
      error.textContent = failure.friendly ?? errorMessage(failure);
      error.hidden = false;
    }
  } }, t('cards.expiry_confirm')));
  queueMicrotask(() => box.querySelector('a')?.focus());
  return box;
}

export function setUpCards(ctx) {
  byId('add-payer-button').addEventListener('click', () => openPayerForm(ctx, { slot: byId('add-payer-slot'), onDone: () => renderCards(ctx) }));
  byId('add-card-button').addEventListener('click', () => {
    openCardForm(ctx, {
      slot: byId('add-card-slot'),
      title: t('cards.add'),
      cancellable: true,
      // The notice (focused) names the saved card; the list is drawn again behind it.
      onDone: () => cardsChanged(ctx),
    });
    byId('card-holder').focus();
  });
}

function markOf(card) {
  const mark = brandMark(card.brand);
  // The mark is drawn from data-mark by CSS (::before), so it stays out of the tile's text.
  return el('span', { class: mark.className, 'aria-hidden': 'true', 'data-mark': mark.text });
}
