import { ApiError, messageFor } from '../shared/api.js';
import { el, focusHeading, formatDate, formatMoney } from '../shared/dom.js';

// Every word this part shows, in one place.
const texts = {
  title: 'Bank transfer tickets',
  intro: 'Open tickets, oldest first. Check the certificate against the bank, then credit the balance or reject with a reason the customer can act on. Every read and decision is recorded.',
  show: 'Show open tickets',
  none: 'No open tickets.',
  more: 'More tickets are waiting: credit or reject these first, then show the list again.',
  download: (reference) => `Download certificate of ${reference}`,
  downloadText: 'Download certificate',
  credit: 'Credit balance',
  creditLabel: (reference) => `Credit balance with ${reference}`,
  reasonLabel: (reference) => `Reason for rejecting ${reference}`,
  reject: 'Reject',
  rejectLabel: (reference) => `Reject ${reference}`,
  reasonMissing: 'Write the reason the customer will read.',
  credited: (reference, balance) => `Transfer ${reference} is credited; the balance is now ${balance}.`,
  rejected: (reference) => `Transfer ${reference} is rejected; the customer is emailed the reason.`,
  facts: (ticket) => `Account ${ticket.account_id} · paid on ${formatDay(ticket.paid_on)} · sent ${formatDate(ticket.created_at)} · ${ticket.certificate.type}, ${Math.ceil(ticket.certificate.size / 1024)} KB`,
};

// A calendar day (the transfer's YYYY-MM-DD) written as formatDate writes the rest of the console's
// dates (30 Nov 2026), with no time or zone: it is a day on the bank's certificate, not a moment.
const formatDay = (day) => {
  const moment = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? String(day) : new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(moment);
};

const decimalsOf = (currency) => (['JPY', 'CLP'].includes(currency) ? 0 : 2);
const money = (amount, currency) => formatMoney(amount, currency, decimalsOf(currency));

/**
 * Support's queue of transfer tickets, with the certificate one click away. The certificate is
 * fetched with the support token (a plain link would carry none) and saved as the attachment the
 * API names; it is never shown in this page.
 */
export function setUpTransferTickets(section, { api, token, notice, alert }) {
  const list = el('ol', { class: 'items', 'aria-labelledby': 'tickets-title' });
  const more = el('p', { class: 'note', hidden: true, text: texts.more });
  const load = async () => {
    try {
      const page = await api('GET', '/v1/support/transfer-tickets?status=submitted&limit=50');
      list.replaceChildren(...(page.data.length ? page.data.map(item) : [el('li', { text: texts.none })]));
      more.hidden = !page.has_more;
    } catch (error) {
      alert(messageFor(error));
    }
  };

  const item = (ticket) => {
    const reason = el('textarea', { id: `reason-${ticket.id}`, rows: '2', maxlength: '1000' });
    const error = el('p', { class: 'error', tabindex: '-1', hidden: true });
    const decide = async (path, body, done) => {
      try {
        const result = await api('POST', `/v1/support/transfer-tickets/${encodeURIComponent(ticket.id)}/${path}`, body);
        notice(done(result));
        await load();
        // The decided ticket has left the list with the button pressed: the keyboard goes back
        // to the queue's heading, not to the top of the page.
        focusHeading(document.getElementById('tickets-title'));
      } catch (failure) {
        error.textContent = messageFor(failure);
        error.hidden = false;
        error.focus();
      }
    };
    return el('li', {},
      el('p', { class: 'title', text: `${ticket.reference}: ${money(ticket.amount, ticket.currency)}` }),
      el('p', { class: 'note', text: texts.facts(ticket) }),
      ticket.note ? el('p', { class: 'told', text: ticket.note }) : null,
      el('button', { type: 'button', class: 'secondary', 'aria-label': texts.download(ticket.reference), onclick: () => void download(ticket, token).catch((failure) => alert(messageFor(failure))) }, texts.downloadText),
      el('button', { type: 'button', 'aria-label': texts.creditLabel(ticket.reference), onclick: () => void decide('credit', undefined, (result) => texts.credited(ticket.reference, money(result.balance.available, result.balance.currency))) }, texts.credit),
      el('div', { class: 'field' }, el('label', { for: reason.id, text: texts.reasonLabel(ticket.reference) }), reason),
      el('button', { type: 'button', class: 'secondary', 'aria-label': texts.rejectLabel(ticket.reference), onclick: () => {
        if (!reason.value.trim()) {
          error.textContent = texts.reasonMissing;
          error.hidden = false;
          return reason.focus();
        }
        void decide('reject', { reason: reason.value }, () => texts.rejected(ticket.reference));
      } }, texts.reject),
      error);
  };

  section.replaceChildren(
    el('h2', { id: 'tickets-title', text: texts.title }),
    el('p', { class: 'note', text: texts.intro }),
    el('button', { type: 'button', class: 'secondary', onclick: () => void load() }, texts.show),
    list,
    more,
  );
}

/** Saves the certificate under the name the API gives it. */
async function download(ticket, token) {
  const response = await fetch(`/v1/support/transfer-tickets/${encodeURIComponent(ticket.id)}/certificate`, { headers: { authorization: `Bearer ${token()}` } });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null), null);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `certificate-${ticket.id}`;
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
