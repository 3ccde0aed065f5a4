/**
 * The words a customer agrees to when turning automatic top-ups on: the stored-credential
 * agreement that merchant-initiated top-ups rely on. Stored with the rule (text, version, time),
 * so a changed wording gets a new version and never rewrites what someone agreed to.
 */
export const AUTO_TOPUP_CONSENT = {
  version: '2026-12-04',
  text:
    'I authorise Card Vault to charge my saved card without asking me each time, whenever my balance ' +
    '(with top-ups on their way) falls below my threshold: the amount I chose, or enough to reach my ' +
    'target, never more than my monthly limit. I can turn this off at any time on the Top up page.',
} as const;
