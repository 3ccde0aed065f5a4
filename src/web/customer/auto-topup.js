import { clearErrors, el, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { errorMessage, fieldMessage } from './errors.js';
import { dateTime } from './format.js';
import { cardName } from './hold-text.js';
import { t } from './i18n.js';

/** The Top up tab's "Automatic top-up" part: the consent the service stores, the rule's state,
 * and turning it on, changing it or turning it off (PUT/DELETE /v1/balance/auto_topup). */
export async function autoTopupPart(ctx, currency, money, cards, refresh) {
  let rule = null;
  let consent;
  try {
    rule = await ctx.api('GET', '/v1/balance/auto_topup');
    consent = rule.consent;
  } catch (error) {
    if (error.status !== 404) return el('p', { class: 'error', text: errorMessage(error) });
    consent = error.problem?.consent;
  }
  const range = { min: money(currency.topup_min_amount), max: money(currency.topup_max_amount) };
  const units = (amount) => (amount === undefined || amount === null ? '' : amount / 10 ** currency.decimals);
  const toMinor = (value) => Math.round(Number(String(value).replace(',', '.')) * 10 ** currency.decimals);
  const step = currency.decimals ? String(1 / 10 ** currency.decimals) : '1';
  const field = (id, name, label, value, required) =>
    el('div', { class: 'field' }, el('label', { for: id, text: label }),
      el('input', { id, name, type: 'number', min: '0', step, required, value: units(value) }),
      el('p', { class: 'error', 'data-error-for': name, hidden: true }));
  const form = el(
    'form',
    { id: 'auto-topup-form', 'aria-labelledby': 'auto-topup-title' },
    el('h3', { id: 'auto-topup-title', text: t('auto_topup.title') }),
    el('p', { class: 'note', text: t('auto_topup.intro') }),
    el('p', { id: 'auto-topup-state', text: stateText(rule, money, cards) }),
    field('auto-topup-threshold', 'threshold', t('auto_topup.threshold', { currency: currency.code }), rule?.threshold, true),
    field('auto-topup-amount', 'amount', t('auto_topup.amount', { currency: currency.code }), rule?.amount ?? currency.topup_presets?.[0], true),
    field('auto-topup-limit', 'monthly_limit', t('auto_topup.monthly_limit', { currency: currency.code }), rule?.monthly_limit, false),
    el('div', { class: 'field' }, el('label', { for: 'auto-topup-card', text: t('auto_topup.card') }),
      el('select', { id: 'auto-topup-card', name: 'card_id' },
        el('option', { value: '', text: t('auto_topup.card_default') }),
        ...cards.map((card) => el('option', { value: card.id, selected: card.id === rule?.card_id, text: cardName(card) }))),
      el('p', { class: 'error', 'data-error-for': 'card_id', hidden: true })),
    // The agreement is shown as the service stores it (its words, in its language): the page's
    // own words only label it.
    el('fieldset', {}, el('legend', { text: t('auto_topup.consent_legend') }),
      el('p', { class: 'note', id: 'auto-topup-consent-note', text: t('auto_topup.consent_note') }),
      el('p', { id: 'auto-topup-consent', lang: 'en', text: consent?.text ?? '' }),
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', name: 'consent', id: 'auto-topup-consent-check', 'aria-describedby': 'auto-topup-consent' }), t('auto_topup.consent_check')),
      el('p', { class: 'error', 'data-error-for': 'consent', hidden: true })),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: rule ? t('auto_topup.save') : t('auto_topup.turn_on') }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      const value = (name) => form.elements.namedItem(name).value;
      if (!form.elements.namedItem('consent').checked) {
        showFieldError(form, 'consent', t('auto_topup.needs_consent'))?.focus();
        return;
      }
      const body = { threshold: toMinor(value('threshold')), amount: toMinor(value('amount')), consent: true };
      if (value('monthly_limit') !== '') body.monthly_limit = toMinor(value('monthly_limit'));
      if (value('card_id')) body.card_id = value('card_id');
      try {
        await ctx.api('PUT', '/v1/balance/auto_topup', body);
        // The tab is drawn again first, so the notice never sits beside the old state.
        await refresh();
        ctx.notice(t('auto_topup.turned_on'), { focus: true });
      } catch (error) {
        showRuleError(form, error, range);
      }
    });
  });
  if (rule) {
    form.append(el('button', {
      type: 'button',
      class: 'secondary',
      text: t('auto_topup.turn_off'),
      onclick: () =>
        void whileBusy(form, async () => {
          try {
            await ctx.api('DELETE', '/v1/balance/auto_topup');
            await refresh();
            ctx.notice(t('auto_topup.turned_off'), { focus: true });
          } catch (error) {
            showApiError(form, error, errorMessage(error));
          }
        }),
    }));
  }
  return form;
}

/** An answer to PUT: each amount the service names gets the page's words for that field (the
 * API's own message is for integrators), anything else the error's words. */
function showRuleError(form, error, range) {
  const amountText = (field) => {
    if (field === 'threshold' || field === 'amount' || field === 'target') return t('auto_topup.amount_invalid', range);
    if (field === 'monthly_limit') return t('auto_topup.limit_invalid', { min: range.min });
    return fieldMessage(field);
  };
  const named = error?.problem?.errors ?? [];
  if ((error?.code === 'invalid_amount' || error?.code === 'validation_failed') && named.length > 0) {
    clearErrors(form);
    const targets = named.map(({ field }) => showFieldError(form, field, amountText(field)));
    targets.find(Boolean)?.focus();
    return;
  }
  showApiError(form, error, errorMessage(error, range), { no_usable_card: 'card_id', not_found: 'card_id', invalid_amount: 'amount' });
}

function stateText(rule, money, cards) {
  if (!rule) return t('auto_topup.off');
  if (rule.status === 'disabled') {
    const key = `auto_topup.reason_${rule.disabled_reason}`;
    const reason = t(key);
    return reason === key ? t('auto_topup.disabled_other') : t('auto_topup.disabled', { reason });
  }
  const card = cards.find((c) => c.id === rule.card_id);
  const from = card ? cardName(card) : t('auto_topup.default_card');
  const parts = [rule.amount !== undefined && rule.amount !== null
    ? t('auto_topup.active', { threshold: money(rule.threshold), amount: money(rule.amount), card: from })
    : t('auto_topup.active_target', { threshold: money(rule.threshold), target: money(rule.target), card: from })];
  if (rule.monthly_limit !== undefined && rule.monthly_limit !== null) parts.push(t('auto_topup.limit', { amount: money(rule.monthly_limit) }));
  if (rule.failures_in_a_row > 0 && rule.next_try_after) parts.push(t('auto_topup.failures', { count: rule.failures_in_a_row, time: dateTime(rule.next_try_after) }));
  return parts.join(' ');
}

/** The link of an "authentication required" email (`?topup_amount=…&topup_card=…#topup`): the
 * top-up form is filled with that amount and card, for the customer to pay on-session. */
export function fillFromLink(form, currency) {
  const params = new URLSearchParams(location.search);
  const amount = Number(params.get('topup_amount'));
  if (!Number.isSafeInteger(amount) || amount <= 0) return;
  const other = form.querySelector('input[name="preset"][value="other"]');
  if (other) other.checked = true;
  form.elements.namedItem('amount').value = String(amount / 10 ** currency.decimals);
  const card = params.get('topup_card');
  const select = form.elements.namedItem('card_id');
  if (card && [...select.options].some((option) => option.value === card)) select.value = card;
  history.replaceState(null, '', location.pathname);
}
