import { byId, clearErrors, el, showApiError, whileBusy } from '../shared/dom.js';
import { fillCountries } from './countries.js';
import { errorMessage, fieldMessage } from './errors.js';
import { t } from './i18n.js';

/** The account's payers, the default first (the account holder unless changed). */
export async function listPayers(ctx) {
  return (await ctx.api('GET', '/v1/payers')).data;
}

/** A payer's name as the pages show it: its legal name, and whether it is the default payer. */
export const payerName = (payer) => (payer.is_default ? t('payers.default_name', { name: payer.legal_name }) : payer.legal_name);

/** "Add a payer": who else pays through this account (a subsidiary, a client). A Chilean payer's
 * tax id is a RUT, checked by the service as the card holder's is. */
export function openPayerForm(ctx, { slot, onDone }) {
  if (slot.querySelector('form')) return slot.querySelector('input')?.focus();
  const field = (name, label, control) =>
    el('div', { class: 'field' }, el('label', { for: `payer-${name.replace('.', '-')}`, text: label }), control, el('p', { class: 'error', 'data-error-for': name, hidden: true }));
  const input = (name, extra = {}) => el('input', { id: `payer-${name.replace('.', '-')}`, name, ...extra });
  const country = el('select', { id: 'payer-address-country', name: 'address.country', required: true });
  fillCountries(country, ctx.config?.countries ?? [ctx.account?.country].filter(Boolean), ctx.account?.country);
  const form = el(
    'form',
    { id: 'payer-form', 'aria-labelledby': 'payer-form-title', novalidate: true, class: 'panel' },
    el('h3', { id: 'payer-form-title', text: t('payers.add') }),
    field('kind', t('payers.kind'), el('select', { id: 'payer-kind', name: 'kind' },
      el('option', { value: 'company', text: t('payers.kind_company') }),
      el('option', { value: 'individual', text: t('payers.kind_individual') }))),
    field('legal_name', t('payers.legal_name'), input('legal_name', { required: true, autocomplete: 'organization' })),
    field('tax_id', t('payers.tax_id'), input('tax_id', { autocomplete: 'off' })),
    field('receipt_email', t('payers.receipt_email'), input('receipt_email', { type: 'email', required: true, autocomplete: 'email' })),
    field('address.line1', t('details.line1'), input('address.line1', { required: true, autocomplete: 'address-line1' })),
    field('address.city', t('details.city'), input('address.city', { required: true, autocomplete: 'address-level2' })),
    field('address.country', t('details.country'), country),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: t('payers.save') }),
    el('button', { type: 'button', class: 'secondary', onclick: () => {
      form.remove();
      byId('add-payer-button')?.focus();
    } }, t('common.cancel')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      const value = (name) => String(form.elements.namedItem(name).value).trim();
      const body = {
        kind: value('kind'),
        legal_name: value('legal_name'),
        receipt_email: value('receipt_email'),
        address: { line1: value('address.line1'), city: value('address.city'), country: value('address.country') },
        ...(value('tax_id') ? { tax_id: value('tax_id') } : {}),
      };
      try {
        const payer = await ctx.api('POST', '/v1/payers', body);
        form.remove();
        ctx.notice(t('payers.added', { name: payer.legal_name }), { focus: true });
        await onDone(payer);
      } catch (error) {
        showApiError(form, error, errorMessage(error), { invalid_rut: 'tax_id' }, fieldMessage);
      }
    });
  });
  slot.append(form);
  form.querySelector('select, input')?.focus();
}
