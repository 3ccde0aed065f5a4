import { byId, el } from '../shared/dom.js';
import { errorMessage, failureMessage } from './errors.js';
import { dateTime, money, receipt } from './format.js';
import { cardName } from './hold-text.js';
import { t } from './i18n.js';

const results = { succeeded: ['history.succeeded', 'good'], failed: ['history.failed', 'bad'], pending: ['history.pending', ''] };
const holdStates = { held: 'history.hold_held', released: 'history.hold_released', release_failed: 'history.hold_release_failed', requires_action: 'history.hold_requires_action' };

/** The History tab: every card added or changed, with what went wrong in the customer's words,
 * then the payments (top-ups), each with a printable receipt carrying its number. */
export async function renderHistory(ctx) {
  const list = byId('history-list');
  const payments = byId('payments-list');
  try {
    const [{ data }, topups] = await Promise.all([ctx.api('GET', '/v1/cards/history'), ctx.api('GET', '/v1/topups')]);
    list.replaceChildren(...data.map((entry) => historyItem(ctx, entry)));
    if (data.length === 0) list.replaceChildren(el('li', { text: t('history.none') }));
    payments.replaceChildren(...topups.data.map((topup) => paymentItem(ctx, topup)));
    if (topups.data.length === 0) payments.replaceChildren(el('li', { text: t('topup.history_none') }));
  } catch (error) {
    list.replaceChildren(el('li', { class: 'error', text: errorMessage(error) }));
    payments.replaceChildren();
  }
}

const topupStatuses = { new: 'topup.status_new', paid: 'topup.status_paid', cancelled: 'topup.status_cancelled' };

function paymentItem(ctx, topup) {
  const amount = money(topup.amount, topup.currency, ctx.currency(topup.currency).decimals);
  const number = receipt(topup.number);
  const when = dateTime(topup.paid_at ?? topup.cancelled_at ?? topup.created_at);
  const card = topup.last4 ? cardName(topup) : null;
  const item = el('li', {},
    el('p', { class: 'title' }, t('history.payment', { number, amount }), el('span', { class: `badge ${topup.status === 'paid' ? 'good' : topup.status === 'cancelled' ? 'bad' : ''}`, text: t(topupStatuses[topup.status] ?? 'topup.status_new') })),
    el('p', { class: 'note', text: [when, card].filter(Boolean).join(' · ') }),
    topup.failure ? el('p', { text: failureMessage(topup.failure) }) : null);
  if (topup.status !== 'paid') return item;
  const show = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-label': t('history.receipt_label', { number }) }, t('history.receipt'));
  show.addEventListener('click', () => {
    const open = item.querySelector('.receipt');
    if (open) {
      open.remove();
      show.setAttribute('aria-expanded', 'false');
      return;
    }
    show.setAttribute('aria-expanded', 'true');
    const box = el('div', { class: 'panel receipt', role: 'group', 'aria-label': t('history.receipt_title', { number }), tabindex: '-1' },
      el('h3', { text: t('history.receipt_title', { number }) }),
      el('dl', { class: 'facts' },
        el('dt', { text: t('history.receipt_number') }), el('dd', { text: number }),
        el('dt', { text: t('history.receipt_date') }), el('dd', { text: when }),
        el('dt', { text: t('history.receipt_amount') }), el('dd', { text: amount }),
        el('dt', { text: t('history.receipt_card') }), el('dd', { text: card ?? t('topup.review_new_card') }),
        el('dt', { text: t('history.receipt_for') }), el('dd', { text: t('history.receipt_for_topup') })),
      el('button', { type: 'button', class: 'no-print', onclick: () => window.print() }, t('history.print')));
    item.append(box);
    box.focus();
  });
  item.append(show);
  return item;
}

/** The entry's title names the card whenever the bank described it, failed or not. */
function title(entry) {
  const failedAdd = entry.result === 'failed' && entry.action === 'add';
  if (!entry.last4) return failedAdd ? t('history.not_added_unnamed') : t(entry.action === 'add' ? 'history.added_unnamed' : 'history.expiry_changed_unnamed');
  const card = cardName(entry);
  if (failedAdd) return t('history.not_added', { card });
  return t(entry.action === 'add' ? 'history.added' : 'history.expiry_changed', { card });
}

function historyItem(ctx, entry) {
  const [resultKey, tone] = results[entry.result] ?? ['history.pending', ''];
  const hold = entry.hold;
  return el(
    'li',
    {},
    el('p', { class: 'title' }, title(entry), el('span', { class: `badge ${tone}`, text: t(resultKey) })),
    el('p', { class: 'note', text: dateTime(entry.created_at) }),
    entry.failure ? el('p', { text: failureMessage(entry.failure) }) : null,
    hold ? el('p', { class: 'note', text: t('history.hold', { amount: money(hold.amount, hold.currency, ctx.currency(hold.currency).decimals), state: t(holdStates[hold.status] ?? 'history.hold_held') }) }) : null,
  );
}
