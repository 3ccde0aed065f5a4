import { clearErrors, el, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { errorMessage, fieldMessage } from './errors.js';
import { dateTime } from './format.js';
import { t } from './i18n.js';

const statuses = { submitted: ['transfer.status_submitted', ''], credited: ['transfer.status_credited', 'good'], rejected: ['transfer.status_rejected', 'bad'] };

const MAX_BYTES = 5 * 1024 * 1024;

// The error codes a ticket can meet, each shown next to the field it concerns.
const codeFields = { invalid_amount: 'amount', invalid_certificate: 'certificate', payload_too_large: 'certificate', transfer_ticket_exists: 'reference' };

/** The "Bank transfer" part of Top up: our bank details, the ticket form and the tickets. */
export function bankTransferPart(ctx, currency, money) {
  const tickets = el('ol', { class: 'items', 'aria-labelledby': 'tickets-title' });
  const refresh = async () => {
    try {
      const found = await ctx.api('GET', '/v1/transfer-tickets');
      tickets.replaceChildren(...(found.data.length ? found.data.map((ticket) => ticketItem(ticket, money)) : [el('li', { text: t('transfer.no_tickets') })]));
    } catch (error) {
      tickets.replaceChildren(el('li', { class: 'error', text: errorMessage(error) }));
    }
  };
  void refresh();
  return el('section', { id: 'bank-transfer', 'aria-labelledby': 'bank-transfer-title' },
    el('h3', { id: 'bank-transfer-title', text: t('transfer.title') }),
    el('p', { class: 'note', text: t('transfer.intro') }),
    bankDetails(ctx, 'h4'),
    ticketForm(ctx, currency, refresh),
    el('h3', { id: 'tickets-title', text: t('transfer.tickets_title') }),
    tickets,
  );
}

/** The service's bank details (TRANSFER_BANK_DETAILS), under a heading of the level the place
 * they are shown in needs (Top up: h4; the pay page: h3). */
export function bankDetails(ctx, headingTag) {
  const lines = ctx.config?.transfer_bank_details ?? [];
  return el('div', { class: 'panel', role: 'group', 'aria-labelledby': 'bank-details-title' },
    el(headingTag, { id: 'bank-details-title', text: t('transfer.details_title') }),
    ...(lines.length ? lines.map((line) => el('p', { text: line })) : [el('p', { text: t('transfer.no_details') })]));
}

function ticketForm(ctx, currency, refresh) {
  const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the browser's own day
  const field = (id, name, label, control, hint) =>
    el('div', { class: 'field' }, el('label', { for: id, text: label }), control, hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null, el('p', { class: 'error', 'data-error-for': name, hidden: true }));
  const form = el('form', { id: 'ticket-form', 'aria-labelledby': 'ticket-form-title', novalidate: true },
    el('h3', { id: 'ticket-form-title', text: t('transfer.form_title') }),
    field('ticket-amount', 'amount', t('transfer.amount', { currency: currency.code }), el('input', { id: 'ticket-amount', name: 'amount', inputmode: 'decimal', autocomplete: 'off', required: true })),
    field('ticket-reference', 'reference', t('transfer.reference'), el('input', { id: 'ticket-reference', name: 'reference', maxlength: '255', required: true, 'aria-describedby': 'ticket-reference-hint' }), t('transfer.reference_hint')),
    field('ticket-paid-on', 'paid_on', t('transfer.paid_on'), el('input', { id: 'ticket-paid-on', name: 'paid_on', type: 'date', max: today, required: true })),
    field('ticket-note', 'note', t('transfer.note'), el('textarea', { id: 'ticket-note', name: 'note', maxlength: '1000', rows: '2' })),
    field('ticket-certificate', 'certificate', t('transfer.certificate'), el('input', { id: 'ticket-certificate', name: 'certificate', type: 'file', accept: 'application/pdf,image/png,image/jpeg', required: true })),
    el('p', { class: 'error', 'data-error-for': 'form', hidden: true }),
    el('button', { type: 'submit', text: t('transfer.submit') }),
  );
  /** The amount in the currency's smallest unit, or null when it is not a positive amount. */
  const typedAmount = () => {
    // A comma or a point for the decimals, and no thousands separators, as the top-up form reads it.
    const typed = String(form.elements.namedItem('amount').value).trim().replace(/\s/g, '').replace(',', '.');
    const amount = /^\d+(\.\d+)?$/.test(typed) ? Math.round(Number(typed) * 10 ** currency.decimals) : NaN;
    return Number.isSafeInteger(amount) && amount > 0 ? amount : null;
  };
  const wording = (error) => {
    if (error?.code === 'invalid_amount') return t('transfer.amount_invalid');
    if (error?.code === 'payload_too_large') return t('transfer.too_big');
    return errorMessage(error);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      const amount = typedAmount();
      if (amount === null) return showFieldError(form, 'amount', t('transfer.amount_invalid'))?.focus();
      const file = form.elements.namedItem('certificate').files[0];
      if (file && file.size > MAX_BYTES) return showFieldError(form, 'certificate', t('transfer.too_big'))?.focus();
      const body = new FormData();
      body.append('amount', String(amount));
      body.append('currency', currency.code);
      for (const name of ['reference', 'paid_on', 'note']) body.append(name, form.elements.namedItem(name).value);
      if (file) body.append('certificate', file, file.name);
      try {
        const ticket = await ctx.api('POST', '/v1/transfer-tickets', body);
        form.reset();
        await refresh();
        ctx.notice(t('transfer.sent', { reference: ticket.reference }), { focus: true });
      } catch (error) {
        showApiError(form, error, wording(error), codeFields, (name) => fieldMessage(name));
      }
    });
  });
  return form;
}

function ticketItem(ticket, money) {
  const [key, tone] = statuses[ticket.status] ?? statuses.submitted;
  return el('li', {},
    el('p', { class: 'title' }, t('transfer.item', { reference: ticket.reference, amount: money(ticket.amount) }), el('span', { class: `badge ${tone}`, text: t(key) })),
    el('p', { class: 'note', text: ticket.decided_at ? t('transfer.decided_on', { date: dateTime(ticket.decided_at) }) : t('transfer.sent_on', { date: dateTime(ticket.created_at) }) }),
    ticket.rejection_reason ? el('p', { text: t('transfer.reason', { reason: ticket.rejection_reason }) }) : null);
}
