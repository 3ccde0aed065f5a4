import { messageFor } from '../shared/api.js';
import { byId, el, formatDate, formatMoney } from '../shared/dom.js';
import { cardName } from './hold-text.js';

const actions = { add: 'Card added', update_expiry: 'Expiry date changed' };
const results = { succeeded: ['Succeeded', 'good'], failed: ['Failed', 'bad'], pending: ['Waiting for your bank', ''] };
const holdStates = { held: 'held, to be released', released: 'released', release_failed: 'release delayed, we keep trying', requires_action: 'waiting for your bank' };

/** The History tab: every card added or changed, with what went wrong in the customer's words. */
export async function renderHistory(ctx) {
  const list = byId('history-list');
  try {
    const { data } = await ctx.api('GET', '/v1/cards/history');
    list.replaceChildren(...data.map((entry) => historyItem(ctx, entry)));
    if (data.length === 0) list.replaceChildren(el('li', { text: 'Nothing yet.' }));
  } catch (error) {
    list.replaceChildren(el('li', { class: 'error', text: messageFor(error) }));
  }
}

function title(entry) {
  const action = entry.result === 'failed' && entry.action === 'add' ? 'Card not added' : actions[entry.action] ?? entry.action;
  return entry.last4 ? `${action}: ${cardName(entry)}` : action;
}

function historyItem(ctx, entry) {
  const [resultText, tone] = results[entry.result] ?? [entry.result, ''];
  const hold = entry.hold;
  return el(
    'li',
    {},
    el('p', { class: 'title' }, title(entry), el('span', { class: `badge ${tone}`, text: resultText })),
    el('p', { class: 'note', text: formatDate(entry.created_at) }),
    entry.failure ? el('p', { text: entry.failure.message }) : null,
    hold ? el('p', { class: 'note', text: `Check hold of ${formatMoney(hold.amount, hold.currency, ctx.currency(hold.currency).decimals)}: ${holdStates[hold.status] ?? hold.status}.` }) : null,
  );
}
