import { el, formatDate } from '../shared/dom.js';

const actions = {
  search_accounts: 'Searched accounts',
  view_account: 'Opened an account',
  read_audit: 'Read the audit log',
  record_transfer: 'Recorded a bank transfer',
  list_transfer_tickets: 'Listed transfer tickets',
  read_transfer_certificate: 'Downloaded a transfer certificate',
  credit_transfer_ticket: 'Credited a transfer ticket',
  reject_transfer_ticket: 'Rejected a transfer ticket',
};
// The audit names the sensitive fields a read showed beyond the contact details every view shows.
const sensitive = { id_number: 'ID numbers' };

/** The audit log, newest first: who read what, when. */
export function renderAudit(container, audit) {
  const rows = audit.data.map((event) =>
    el('tr', {},
      el('td', { text: formatDate(event.created_at) }),
      el('td', { text: event.actor }),
      el('td', { text: actions[event.action] ?? event.action }),
      el('td', { text: Object.entries(event.query ?? {}).map(([key, value]) => `${key}=${value}`).join(', ') }),
      el('td', { text: (event.account_ids ?? []).join(', ') }),
      el('td', { text: (event.disclosed ?? []).map((field) => sensitive[field] ?? field).join(', ') || 'contact details only' })));
  container.replaceChildren(
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Audit log (scrolls sideways on a narrow screen)' }, el('table', {},
      el('caption', { class: 'note', text: 'Support reads, newest first' }),
      el('thead', {}, el('tr', {}, ...['When', 'Who', 'What', 'Query', 'Accounts', 'Sensitive data shown'].map((name) => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...rows))),
  );
}
