import { messageFor } from '../shared/api.js';
import { byId, clearErrors, el, focusHeading, showApiError, whileBusy } from '../shared/dom.js';
import { cardErrorFields, openCardForm } from './card-entry.js';
import { cardName, savedText } from './hold-text.js';

const statusText = { requires_action: 'Waiting for your bank', expired: 'Expired' };

/** Payment methods: the cards in charge order, with default, order, expiry and delete. */
export async function renderCards(ctx) {
  const list = byId('card-list');
  let cards;
  try {
    cards = (await ctx.api('GET', '/v1/cards')).data;
  } catch (error) {
    list.replaceChildren(el('li', { class: 'error', text: messageFor(error) }));
    return;
  }
  list.replaceChildren(...cards.map((card, index) => cardItem(ctx, cards, card, index)));
  if (cards.length === 0) list.replaceChildren(el('li', { text: 'No cards yet.' }));
}

function cardItem(ctx, cards, card, index) {
  const name = cardName(card);
  const item = el('li', { 'aria-label': name });
  const noteId = `delete-note-${card.id}`;
  const action = (label, run, extra = {}) =>
    el('button', { type: 'button', class: 'secondary', 'aria-label': `${label}: ${name}`, onclick: () => void act(ctx, item, run), ...extra }, label);
  const ids = cards.map((c) => c.id);
  const moved = (offset) => {
    const order = [...ids];
    [order[index], order[index + offset]] = [order[index + offset], order[index]];
    return order;
  };
  const deleteNote = card.is_default
    ? cards.length > 1
      ? 'This is your default card, so it cannot be deleted. Make another card the default first.'
      : 'This is your default card, so it cannot be deleted. Add another card and make it the default first.'
    : null;
  const parts = [
    el('p', { class: 'title' }, name, card.is_default ? el('span', { class: 'badge', text: 'Default' }) : null, statusText[card.status] ? el('span', { class: 'badge bad', text: statusText[card.status] }) : null),
    el('p', { class: 'note', text: `Expires ${String(card.exp_month).padStart(2, '0')}/${card.exp_year} · ${card.holder_name}${card.id_number ? ` · ID ${card.id_number}` : ''}` }),
    card.is_default ? null : action('Make default', () => ctx.api('POST', `/v1/cards/${card.id}/default`)),
    index > 0 ? action('Move up', () => ctx.api('PUT', '/v1/cards/order', { card_ids: moved(-1) })) : null,
    index < cards.length - 1 ? action('Move down', () => ctx.api('PUT', '/v1/cards/order', { card_ids: moved(1) })) : null,
    action('Edit expiry', async () => item.querySelector('form') ?? item.insertBefore(expiryForm(ctx, card, name), item.lastElementChild)),
    action('Delete', () => ctx.api('DELETE', `/v1/cards/${card.id}`), { disabled: card.is_default, 'aria-describedby': deleteNote ? noteId : undefined }),
    deleteNote ? el('p', { class: 'note', id: noteId, text: deleteNote }) : null,
    el('p', { class: 'error', role: 'alert', hidden: true }),
  ];
  item.append(...parts.filter(Boolean));
  return item;
}

/** Runs a card action; a change re-renders the list, an error is shown on the card it concerns. */
async function act(ctx, item, run) {
  const error = item.querySelector(':scope > .error');
  error.hidden = true;
  try {
    const result = await run();
    if (result instanceof HTMLElement) return;
    ctx.notice('Your cards are updated.');
    await renderCards(ctx);
  } catch (failure) {
    error.textContent = messageFor(failure);
    error.hidden = false;
  }
}

function expiryForm(ctx, card, name) {
  const id = (suffix) => `expiry-${card.id}-${suffix}`;
  const form = el(
    'form',
    { 'aria-label': `New expiry date for ${name}` },
    el('div', { class: 'field' }, el('label', { for: id('month'), text: 'Expiry month (1-12)' }), el('input', { id: id('month'), name: 'exp_month', inputmode: 'numeric', required: true, value: card.exp_month }), el('p', { class: 'error', 'data-error-for': 'exp_month', hidden: true })),
    el('div', { class: 'field' }, el('label', { for: id('year'), text: 'Expiry year' }), el('input', { id: id('year'), name: 'exp_year', inputmode: 'numeric', required: true, value: card.exp_year }), el('p', { class: 'error', 'data-error-for': 'exp_year', hidden: true })),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: 'Save expiry date' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      const body = { exp_month: Number(form.elements.namedItem('exp_month').value), exp_year: Number(form.elements.namedItem('exp_year').value) };
      try {
        const result = await ctx.api('PATCH', `/v1/cards/${card.id}`, body);
        if (result.next_action) return form.replaceWith(expiryAuthentication(ctx, card, result.next_action));
        ctx.notice(`The new expiry date is saved. ${savedText(result.card, result.verification, ctx.currency(result.verification.currency)).replace(/^Card saved: [^.]*\. ?/, '')}`);
        await renderCards(ctx);
      } catch (error) {
        showApiError(form, error, messageFor(error), { ...cardErrorFields, card_declined: 'exp_month', invalid_expiry: 'exp_month' });
      }
    });
  });
  queueMicrotask(() => form.querySelector('input')?.focus());
  return form;
}

// PATCH /v1/cards/{id} takes no return_url, so the bank's page cannot bring the customer back
// here: it opens in a new tab, and the customer confirms here once it is answered.
function expiryAuthentication(ctx, card, nextAction) {
  const box = el('div', { class: 'panel' },
    el('p', { text: 'Your bank wants to confirm the new date. Open its page, answer it, then press Confirm here.' }),
    el('p', {}, el('a', { href: nextAction.url, target: '_blank', rel: 'noopener' }, 'Open your bank’s page (new tab)')),
    el('p', { class: 'error', role: 'alert', hidden: true }));
  box.append(el('button', { type: 'button', onclick: async () => {
    const error = box.querySelector('.error');
    try {
      const result = await ctx.api('POST', `/v1/cards/${card.id}/confirm`);
      if (result.next_action) throw Object.assign(new Error(), { friendly: 'Your bank’s page is not answered yet. Open it, answer it, then press Confirm.' });
      ctx.notice('The new expiry date is saved.');
      await renderCards(ctx);
    } catch (failure) {
      error.textContent = failure.friendly ?? messageFor(failure);
      error.hidden = false;
    }
  } }, 'Confirm new expiry date'));
  queueMicrotask(() => box.querySelector('a')?.focus());
  return box;
}

export function setUpCards(ctx) {
  byId('add-card-button').addEventListener('click', () => {
    openCardForm(ctx, {
      slot: byId('add-card-slot'),
      title: 'Add a card',
      cancellable: true,
      onDone: async () => {
        await renderCards(ctx);
        focusHeading(byId('cards-title'));
      },
    });
    byId('card-holder').focus();
  });
}
