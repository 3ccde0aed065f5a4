import { byId, clearErrors, show, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { CardInput } from './card-input.js';
import { errorMessage, fieldMessage } from './errors.js';
import { t } from './i18n.js';
import { holdExplanation, savedText } from './hold-text.js';
import { session } from './session.js';

/** Errors about the card itself, shown next to the card field. */
export const cardErrorFields = {
  card_declined: 'payment_method',
  authentication_failed: 'payment_method',
  duplicate_card: 'payment_method',
  too_many_card_failures: 'payment_method',
  card_limit_reached: 'payment_method',
  raw_card_data_refused: 'payment_method',
  gateway_unavailable: 'payment_method',
  id_required: 'id_number',
};

let current = { onDone: () => undefined };

/** Sends the customer to the bank's 3-D Secure page; it returns here and the page confirms. */
export function followNextAction(ctx, pending, nextAction) {
  session.setPending(pending);
  // The pay page keeps its link for the way back (see pay-view.js).
  ctx.beforeBankPage?.();
  ctx.notice(t('card_form.to_bank'));
  window.location.assign(nextAction.url);
}

export async function setUpCardEntry(ctx) {
  ctx.cardInput = new CardInput(ctx);
  const form = /** @type {HTMLFormElement} */ (byId('card-form'));
  const ready = ctx.cardInput.setUp();
  byId('card-cancel').addEventListener('click', () => {
    show(form, false);
    byId('add-card-button').focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      await ready;
      const holderName = byId('card-holder').value.trim();
      const card = await ctx.cardInput.collect(holderName);
      if (card.error) return showFieldError(form, 'payment_method', card.error)?.focus();
      try {
        // A card added under a payer's own list belongs to that payer (else to the default payer).
        // The bank's page brings the customer back here: to `/`, or to the pay page.
        const result = await ctx.api('POST', '/v1/cards', { holder_name: holderName, ...card, return_url: ctx.returnUrl ?? `${location.origin}/`, ...(current.payerId ? { payer_id: current.payerId } : {}) });
        // What was chosen goes along, so a failed bank page comes back to the same card, not another.
        if (result.next_action) return followNextAction(ctx, { kind: 'card', id: result.card.id, chosen: ctx.cardInput.chosen() }, result.next_action);
        ctx.notice(savedText(result.card, result.verification, ctx.currency(result.verification.currency)), { focus: true });
        form.reset();
        ctx.cardInput.reset();
        show(form, false);
        await current.onDone();
      } catch (error) {
        showApiError(form, error, errorMessage(error), cardErrorFields, fieldMessage);
        if (error.code === 'card_declined' || error.code === 'authentication_failed') ctx.historyChanged = true;
      }
    });
  });
}

/** Opens the card form in `slot`; `onDone` runs once a card is saved. `error` (after a failed
 * 3-D Secure page) is shown next to the card field. */
export function openCardForm(ctx, { slot, title, cancellable, onDone, error, chosen, payerId }) {
  const form = byId('card-form');
  current = { onDone, payerId };
  byId('card-form-title').textContent = title;
  byId('hold-note').textContent = holdExplanation(ctx);
  show(byId('card-cancel'), cancellable);
  slot.append(form);
  ctx.cardInput.mountInto(byId('card-input-slot'));
  show(form, true);
  clearErrors(form);
  if (error) {
    ctx.cardInput.restore(chosen);
    showFieldError(form, 'payment_method', error)?.focus();
  }
  if (!byId('card-holder').value && ctx.account?.details?.name) byId('card-holder').value = ctx.account.details.name;
}
