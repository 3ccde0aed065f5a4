import { el, formatDate } from '../shared/dom.js';

const actions = { search_accounts: 'Searched accounts', view_account: 'Opened an account', view_audit: 'Read the audit log' };

/** The audit log, newest first: who read what, when. */
export function renderAudit(container, audit) {
  const rows = audit.data.map((event) =>
    el('tr', {},
      el('td', { text: formatDate(event.created_at) }),
      el('td', { text: event.actor }),
      el('td', { text: actions[event.action] ?? event.action }),
      el('td', { text: Object.entries(event.query ?? {}).map(([key, value]) => `${key}=${value}`).join(', ') }),
      el('td', { text: (event.account_ids ?? []).join(', ') }),
      el('td', { text: (event.disclosed ?? []).join(', ') || 'nothing' })));
  container.replaceChildren(
    el('table', {},
      el('caption', { class: 'note', text: 'Support reads, newest first' }),
      el('thead', {}, el('tr', {}, ...['When', 'Who', 'What', 'Query', 'Accounts', 'Disclosed'].map((name) => el('th', { scope: 'col', text: name })))),
      el('tbody', {}, ...rows)),
  );
}
