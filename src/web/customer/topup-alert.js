import { messageFor } from '../shared/api.js';
import { clearErrors, el, showApiError, whileBusy } from '../shared/dom.js';

/** The low-balance alert: one text message to the verified mobile when the balance drops below it. */
export function alertForm(ctx, balance, currency, money, refresh) {
  const current = balance.low_balance_alert;
  const form = el(
    'form',
    { id: 'alert-form', 'aria-labelledby': 'alert-title' },
    el('h3', { id: 'alert-title', text: 'Low-balance alert' }),
    el('p', { class: 'note', text: current ? `We text ${ctx.account.mobile ?? 'your mobile'} when your balance falls below ${money(current.threshold)}${current.armed ? '.' : ' (it re-arms once your balance is back above it).'}` : 'No alert is set.' }),
    el('div', { class: 'field' }, el('label', { for: 'alert-threshold', text: `Alert me below (${currency.code})` }),
      el('input', { id: 'alert-threshold', name: 'threshold', type: 'number', min: '0', step: currency.decimals ? String(1 / 10 ** currency.decimals) : '1', required: true, value: current ? current.threshold / 10 ** currency.decimals : '' }),
      el('p', { class: 'error', 'data-error-for': 'threshold', hidden: true })),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: 'Save alert' }),
  );
  const save = (threshold) =>
    whileBusy(form, async () => {
      clearErrors(form);
      try {
        await ctx.api('PUT', '/v1/balance/alert', { threshold });
        ctx.notice(threshold === null ? 'The low-balance alert is removed.' : `We will text you when your balance falls below ${money(threshold)}.`);
        await refresh();
      } catch (error) {
        showApiError(form, error, messageFor(error));
      }
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(Math.round(Number(form.elements.namedItem('threshold').value) * 10 ** currency.decimals));
  });
  if (current) form.append(el('button', { type: 'button', class: 'secondary', onclick: () => void save(null) }, 'Remove alert'));
  return form;
}
