import { newIdempotencyKey } from '../shared/api.js';
import { byId, show } from '../shared/dom.js';
import { errorMessage } from './errors.js';
import { dateTime, money } from './format.js';
import { t } from './i18n.js';

// What the account owes when charges went past due (GET /v1/account/past-due), and "Pay now"
// (POST /v1/account/past-due/collect): shared by the billing center's banner and the pay page.

/** `{ summary, charges }`; `summary` is null when nothing is owed. */
export const loadPastDue = (ctx) => ctx.api('GET', '/v1/account/past-due');

/** "You owe $42.00, overdue since 3 Nov 2026, 10:00 UTC." */
export const owedText = (ctx, summary) =>
  t('past_due.owed', { amount: money(summary.amount, summary.currency, ctx.currency(summary.currency).decimals), since: dateTime(summary.since) });

/** Tries the past-due charges now; says how it went, in the customer's words. A fresh key per
 * press: pressing again after a decline is a new try, and the button is disabled while one runs. */
export async function payNow(ctx, button) {
  button.disabled = true;
  try {
    const result = await ctx.api('POST', '/v1/account/past-due/collect', undefined, { idempotencyKey: newIdempotencyKey() });
    if (!result.past_due) return { paid: true, message: t('past_due.paid') };
    return { paid: false, message: t('past_due.still_owed', { amount: money(result.past_due.amount, result.past_due.currency, ctx.currency(result.past_due.currency).decimals) }) };
  } catch (error) {
    return { paid: false, message: errorMessage(error), failed: true };
  } finally {
    button.disabled = false;
  }
}

/** The billing center's banner: shown while something is past due, with the amount, "Pay now"
 * and a way to the cards. Nothing is shown when the state cannot be read: the banner is a help,
 * the page works without it. */
export async function renderPastDueBanner(ctx) {
  const banner = byId('past-due-banner');
  let summary = null;
  try {
    ({ summary } = await loadPastDue(ctx));
  } catch {
    summary = null;
  }
  show(banner, Boolean(summary));
  if (summary) byId('past-due-text').textContent = owedText(ctx, summary);
  return summary;
}

/** After a card is added or updated the service collects what is owed in the background: reads
 * the state again with `refresh` (which returns the summary) a few times, until nothing is owed.
 * Returns whether it ended paid. */
export async function followCollection(refresh, { rounds = 4, pauseMs = 1500 } = {}) {
  for (let round = 0; round < rounds; round += 1) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const summary = await refresh();
    if (summary === null) return true;
    if (summary === undefined) return false;
  }
  return false;
}

/** "Pay now" (the banner's, the pay page's): collects, redraws what is owed, then says how it went.
 * The button may be gone once paid: the focus goes to the notice that says so. */
export function onPayNow(ctx, button, redraw) {
  button.addEventListener('click', async () => {
    ctx.notice('');
    ctx.alert('');
    const outcome = await payNow(ctx, button);
    await redraw();
    if (outcome.failed) {
      ctx.alert(outcome.message);
      byId('alert').focus();
    } else ctx.notice(outcome.message, { focus: true });
  });
}

export function setUpPastDueBanner(ctx, { showCards }) {
  onPayNow(ctx, byId('past-due-pay'), () => renderPastDueBanner(ctx));
  byId('past-due-cards').addEventListener('click', (event) => {
    event.preventDefault();
    void showCards();
  });
}
