import { messageFor } from '../shared/api.js';
import { formatMoney } from '../shared/dom.js';
import { savedText } from './hold-text.js';
import { session } from './session.js';

/** Back from the bank's page: confirm what was waiting for it. Errors are kept for the form
 * they concern (`ctx.resumeError`), which shows them next to its card field. */
export async function resumeAuthentication(ctx) {
  const pending = session.pending();
  session.setPending(null);
  const path = pending.kind === 'topup' ? `/v1/topups/${encodeURIComponent(pending.id)}/confirm` : `/v1/cards/${encodeURIComponent(pending.id)}/confirm`;
  try {
    ctx.account = await ctx.api('GET', '/v1/account');
    const result = await ctx.api('POST', path);
    if (result.next_action) {
      ctx.resumeError = { kind: pending.kind, message: 'Your bank did not finish checking the card, so nothing was saved. Try again and answer your bank’s page.' };
      return;
    }
    if (pending.kind === 'topup') {
      const { topup } = result;
      const currency = ctx.currency(topup.currency);
      ctx.notice(`Top-up ${topup.number} is paid: ${formatMoney(topup.amount, topup.currency, currency.decimals)}.`);
      ctx.openTab = 'topup';
    } else {
      ctx.notice(savedText(result.card, result.verification, ctx.currency(result.verification?.currency ?? ctx.account.currency)));
    }
  } catch (error) {
    if (error.status === 401) return;
    ctx.resumeError = { kind: pending.kind, message: messageFor(error) };
    if (pending.kind === 'topup') ctx.openTab = 'topup';
  }
}
