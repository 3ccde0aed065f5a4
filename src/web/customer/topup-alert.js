import { clearErrors, el, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { errorMessage, fieldMessage } from './errors.js';
import { phone } from './format.js';
import { t } from './i18n.js';

/** The low-balance alert: one text message to the verified mobile when the balance drops below it. */
export function alertForm(ctx, balance, currency, money, refresh) {
  const current = balance.low_balance_alert;
  const mobile = ctx.account.mobile ? phone(ctx.account.mobile) : t('alert.your_mobile');
  const form = el(
    'form',
    { id: 'alert-form', 'aria-labelledby': 'alert-title', novalidate: true },
    el('h3', { id: 'alert-title', text: t('alert.title') }),
    el('p', { class: 'note', text: current ? t(current.armed ? 'alert.current' : 'alert.current_sent', { mobile, threshold: money(current.threshold) }) : t('alert.none') }),
    el('div', { class: 'field' }, el('label', { for: 'alert-threshold', text: t('alert.threshold', { currency: currency.code }) }),
      el('input', { id: 'alert-threshold', name: 'threshold', inputmode: 'decimal', autocomplete: 'off', required: true, value: current ? String(current.threshold / 10 ** currency.decimals) : '' }),
      el('p', { class: 'error', 'data-error-for': 'threshold', hidden: true })),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: t('alert.save') }),
  );
  const save = (threshold) =>
    whileBusy(form, async () => {
      clearErrors(form);
      try {
        await ctx.api('PUT', '/v1/balance/alert', { threshold });
        await refresh();
        ctx.notice(threshold === null ? t('alert.removed') : t('alert.saved', { threshold: money(threshold) }), { focus: true });
      } catch (error) {
        showApiError(form, error, errorMessage(error), {}, fieldMessage);
      }
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const typed = String(form.elements.namedItem('threshold').value).trim().replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(typed)) return showFieldError(form, 'threshold', t('alert.threshold_invalid'))?.focus();
    void save(Math.round(Number(typed) * 10 ** currency.decimals));
  });
  if (current) form.append(el('button', { type: 'button', class: 'secondary', onclick: () => void save(null) }, t('alert.remove')));
  return form;
}
