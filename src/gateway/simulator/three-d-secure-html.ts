import type { ThreeDSecureChallenge } from './simulator-challenges.js';

/** Everything interpolated into the pages goes through here: ids, merchant names and messages are
 * data, never markup. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Minor units to a display amount, with the currency's own decimals (JPY and CLP have none). */
export function formatAmount(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    return `${amount} ${currency}`;
  }
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
.note { color: #666; font-size: 0.9rem; }
form { display: inline-block; margin-right: 0.5rem; }
button { font-size: 1rem; padding: 0.5rem 1.25rem; cursor: pointer; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

// The forms have no action: they post back to the page's own url, wherever the app mounted it.
export function renderChallengePage(challenge: ThreeDSecureChallenge): string {
  const waiting = challenge.status === 'requires_action';
  return page(
    '3-D Secure test page',
    `<h1>3-D Secure test payment</h1>
<p class="note">Simulator: this page stands in for the card issuer's authentication.</p>
<dl>
<dt>Merchant</dt><dd>${escapeHtml(challenge.merchantName)}</dd>
<dt>Amount</dt><dd>${escapeHtml(formatAmount(challenge.amount, challenge.currency))}</dd>
<dt>Payment</dt><dd><code>${escapeHtml(challenge.intentId)}</code></dd>
</dl>
${
  waiting
    ? `<form method="post"><input type="hidden" name="outcome" value="complete"><button type="submit">Complete</button></form>
<form method="post"><input type="hidden" name="outcome" value="fail"><button type="submit">Fail</button></form>`
    : `<p>This authentication is finished: <strong>${escapeHtml(challenge.status)}</strong>.</p>`
}`,
  );
}

export function renderResultPage(challenge: ThreeDSecureChallenge): string {
  const passed = challenge.status === 'held' || challenge.status === 'succeeded';
  return page(
    '3-D Secure result',
    `<h1>${passed ? 'Authentication complete' : 'Authentication failed'}</h1>
<p>Payment <code>${escapeHtml(challenge.intentId)}</code> is now <strong>${escapeHtml(challenge.status)}</strong>.</p>
${challenge.decline ? `<p class="note">${escapeHtml(challenge.decline.message)}</p>` : ''}
<p class="note">You can close this page and return to the merchant.</p>`,
  );
}

export function renderMessagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}
