import { errorMessage } from './errors.js';
import { money, receipt } from './format.js';
import { savedText } from './hold-text.js';
import { t } from './i18n.js';
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
      ctx.resumeError = { kind: pending.kind, message: t(pending.kind === 'topup' ? 'topup.bank_unfinished' : 'card_form.bank_unfinished'), chosen: pending.chosen };
      return;
    }
    if (pending.kind === 'topup') {
      const { topup } = result;
      const currency = ctx.currency(topup.currency);
      ctx.notice(t('topup.paid', { number: receipt(topup.number), amount: money(topup.amount, topup.currency, currency.decimals) }));
      ctx.openTab = 'topup';
    } else {
      ctx.notice(savedText(result.card, result.verification, ctx.currency(result.verification?.currency ?? ctx.account.currency)));
    }
  } catch (error) {
    if (error.status === 401) return;
    ctx.resumeError = { kind: pending.kind, message: errorMessage(error), chosen: pending.chosen };
    if (pending.kind === 'topup') ctx.openTab = 'topup';
  }
}
