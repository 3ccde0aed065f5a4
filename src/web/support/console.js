import { createApi, messageFor } from '../shared/api.js';
import { byId, clearErrors, el, focusHeading, formatDate, show, showApiError, showFieldError, whileBusy } from '../shared/dom.js';
import { renderAccount } from './account-view.js';
import { renderAudit } from './audit-view.js';
import { setUpTransferTickets } from './transfer-tickets-view.js';

// The support token lives in this module's memory only: never in localStorage or sessionStorage,
// so it goes when the page goes, and no customer token is ever sent from this page.
let token = null;
const api = createApi({
  token: () => token,
  onUnauthenticated: () => {
    forget();
    byId('alert').textContent = 'The support token was refused (expired or not valid). Paste a new one.';
  },
});

/** The token's own claims, to show whose token is in use. Not verified here: the API does that. */
function claims(value) {
  try {
    const payload = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload));
  } catch {
    return null;
  }
}

function forget() {
  token = null;
  show(byId('workspace'), false);
  show(byId('token-state'), false);
  show(byId('token-form'), true);
  for (const id of ['result-list', 'account', 'audit']) byId(id).replaceChildren();
  setUpTickets();
}

const setUpTickets = () =>
  setUpTransferTickets(byId('tickets'), {
    api,
    token: () => token,
    notice: (message) => (byId('notice').textContent = message),
    alert: (message) => (byId('alert').textContent = message),
  });
setUpTickets();

const tokenForm = byId('token-form');
tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(tokenForm);
  const value = tokenForm.elements.namedItem('token').value.trim();
  const claim = claims(value);
  if (!claim || !String(claim.scope ?? '').split(' ').includes('support')) {
    showFieldError(tokenForm, 'token', 'This is not a support token. Mint one with npm run token -- --scope support --sub your-name.')?.focus();
    return;
  }
  token = value;
  tokenForm.reset();
  byId('alert').textContent = '';
  byId('token-subject').textContent = `Token of ${claim.sub}${claim.exp ? `, valid until ${formatDate(new Date(claim.exp * 1000).toISOString())}` : ''}`;
  show(tokenForm, false);
  show(byId('token-state'), true);
  show(byId('workspace'), true);
  byId('search-value').focus();
});
byId('forget-token').addEventListener('click', () => {
  forget();
  byId('support-token').focus();
});

const searchForm = byId('search-form');
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void whileBusy(searchForm, async () => {
    clearErrors(searchForm);
    const by = searchForm.elements.namedItem('by').value;
    const value = searchForm.elements.namedItem('value').value.trim();
    try {
      const { data } = await api('GET', `/v1/support/accounts?${new URLSearchParams({ [by]: value })}`);
      const list = byId('result-list');
      list.replaceChildren(...data.map((account) => el('li', {},
        el('p', { class: 'title', text: `${account.name ?? '(no name yet)'}: ${account.email}` }),
        el('p', { class: 'note', text: `${account.country} · ${account.status} · ${account.mobile ?? 'no mobile'} · since ${formatDate(account.created_at)}` }),
        el('button', { type: 'button', 'aria-label': `Open ${account.email}`, onclick: () => void openAccount(account.id) }, 'Open'))));
      if (data.length === 0) list.replaceChildren(el('li', { text: 'No account matches.' }));
      show(byId('results'), true);
      focusHeading(byId('results-title'));
    } catch (error) {
      showApiError(searchForm, error, messageFor(error), { validation_failed: 'value' });
    }
  });
});

async function openAccount(id) {
  const section = byId('account');
  try {
    renderAccount(section, await api('GET', `/v1/support/accounts/${encodeURIComponent(id)}`));
    show(section, true);
    focusHeading(byId('account-title'));
  } catch (error) {
    byId('alert').textContent = messageFor(error);
  }
}

byId('show-audit').addEventListener('click', async () => {
  try {
    renderAudit(byId('audit'), await api('GET', '/v1/support/audit?limit=50'));
  } catch (error) {
    byId('alert').textContent = messageFor(error);
  }
});
