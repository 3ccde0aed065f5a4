// What each feature lets the others import (STYLE.md rule 13, issue 18): its ports, views, OpenAPI
// fragments and pure `rules/`. Paths are relative to `src/features/<feature>/`; one ending in `/`
// is a whole folder. Everything else is the feature's own (its stores above all): another feature
// that needs it asks for a port. An entry that only records a seam still open says so, with the
// reason it stays for now; an obvious entry (a port, a view, an OpenAPI fragment, pure rules) has
// none.
export const FEATURE_SURFACES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  accounts: {
    'account-ports.ts': '',
    'account-search.ts': '',
    'account-view.ts': '',
    'lock-account.ts': 'the account row lock that cards, onboarding, payers and the balance also take',
    'account-service.ts': 'declares the ports accounts asks of others (RegistrationCode, CurrencyChangeGuard), which they fill',
    'countries.ts': 'the supported countries, as data: onboarding, payers and the pages read the same list',
  },
  balance: {
    'rules/': '',
    'transfer-service.ts': 'transfer tickets credit the balance through TransferService (and share its amount limit)',
    'balance-service.ts': "support's balance view answers entries in the API's shape (toEntryResponse)",
    'balance-ledger.ts': "support's read-only views read the ledger; a read model is left for later",
    'topup-store.ts': "support's read-only views read the top-up rows; a read model is left for later",
  },
  cards: {
    'rules/': '',
    'card-view.ts': '',
    'card-openapi.ts': '',
    'wallet-card-reads.ts': '',
    'paying-cards.ts': '',
    'card-holders.ts': '',
    'card-retry-status.ts': '',
    'authentication-completion.ts': "Stripe's webhooks hand 3-D Secure outcomes to cards",
    'card-updater-expiry.ts': "the card updater's webhook hands new expiry dates to cards",
    // A top-up with a new card is card entry again (NewCardTopups): it reuses these until card entry
    // offers one port for "add a card inside another payment".
    'card-guards.ts': 'a top-up with a new card reuses card entry (see above)',
    'card-errors.ts': 'a top-up with a new card reuses card entry (see above)',
    'card-history.ts': 'a top-up with a new card reuses card entry (see above)',
    'gateway-customers.ts': 'a top-up with a new card reuses card entry (see above)',
    'gateway-cleanup.ts': 'a top-up with a new card reuses card entry (see above)',
    'verification-recorder.ts': 'a top-up with a new card reuses card entry (see above)',
    'card-history-store.ts': "a top-up with a new card writes its history entry; support's read-only views read it (a read model is left for later)",
    'card-rows.ts': '',
    'card-records-port.ts': '',
    'card-store.ts': "top-up settlement activates or removes its pending card through CardStore; support's read-only views read the cards (a read model is left for later)",
    'hold-store.ts': "support's read-only views read the verification holds; a read model is left for later",
  },
  charges: {
    'rules/': '',
    'charge-rows-port.ts': '',
    'past-due.ts': '',
    'past-due-balance.ts': '',
    'network-retry-guard.ts': "support's charge view explains a skipped card (SkippedCard)",
    'amount-taken-first.ts': '',
    'charges-of-account-port.ts': '',
    'charge-rows.ts': '',
  },
  onboarding: {
    'rules/': '',
    'onboarding-state.ts': "the account's onboarding steps, worked out from its row: cards and support read them",
    'verification-codes.ts': 'sign-in (sessions) sends and checks an email code through onboarding',
    'message-texts.ts': "sign-in's email code reads as onboarding's",
  },
  pages: {
    'page-security.ts': "the pay page is served with the pages' security headers",
  },
  'pay-page': {
    'pay-page-openapi.ts': '',
  },
  payers: {
    'payer-openapi.ts': '',
    'payer-view.ts': '',
    'payer-service.ts': 'declares PayerDirectory, the port top-ups ask which payer a card is for',
    'payer-store.ts': "support's read-only views show the payer rows (PayerRow); a read model is left for later",
  },
  reference: {
    'industries.ts': 'the industry list, as data: onboarding checks an account against it',
  },
};
