// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit:
// test/component/openapi-types.test.ts regenerates it and fails when it is stale.
export interface paths {
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an account
         * @description Emails the registration code (the first proof of the email). Rate limited per client address.
         */
        post: operations["registerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a sign-in code
         * @description Always 202, whether or not the email has an account (no account enumeration). A request inside the resend cooldown is dropped silently.
         */
        post: operations["sendSignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the emailed code
         * @description Every failure (unknown email, wrong, expired or exhausted code) is the same 401 invalid_code.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the preferred currency */
        put: operations["updateAccountPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the activation flow stands */
        get: operations["getOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/onboarding/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a new code */
        post: operations["sendEmailCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/onboarding/email-code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prove the email */
        post: operations["verifyEmailCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/onboarding/mobile-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Text a code to a mobile number of the account’s country */
        post: operations["sendMobileCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/onboarding/mobile-code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prove the mobile number the code was sent to */
        post: operations["verifyMobileCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/onboarding/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Individual or enterprise details */
        put: operations["updateAccountDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industries for the details form */
        get: operations["listIndustries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supported currencies with their verification amount (minor units) */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable, migrations current (Redis reported when configured, not required) */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s payers, the default first */
        get: operations["listPayers"];
        put?: never;
        /**
         * Add a payer
         * @description At most MAX_PAYERS_PER_ACCOUNT (default 10) live payers: 409 payer_limit_reached. 409 onboarding_incomplete before the account details are saved (they make the first payer). A Chilean payer’s tax_id is a RUT, checked as on card entry (422 invalid_rut).
         */
        post: operations["createPayer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payer */
        get: operations["getPayer"];
        put?: never;
        post?: never;
        /**
         * Remove a payer
         * @description 409 payer_in_use while it has cards or charges being paid, or is the default payer.
         */
        delete: operations["deletePayer"];
        options?: never;
        head?: never;
        /** Change any of a payer’s fields */
        patch: operations["updatePayer"];
        trace?: never;
    };
    "/v1/payers/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the payer the account’s default payer
         * @description Cards added, top-ups and charges without payer_id then use this payer.
         */
        post: operations["setDefaultPayer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cards in charge order
         * @description Cards whose expiry month has passed read `expired`. `payer_id`: one payer’s cards only (404 for a payer that is not the account’s).
         */
        get: operations["listCards"];
        put?: never;
        /**
         * Add a card (gateway payment-method id) with a verification hold
         * @description Chilean accounts give id_type RUT or OTRO with id_number. Without return_url the 3-D Secure page returns the customer to GET /v1/cards/{id}/authentication-return. A failed card is not kept; its history entry remains. 503 gateway_unavailable: the gateway could not be reached; try again later. 502 gateway_error (an addition): the gateway refused our request itself (an invalid request, not a decline): an integration problem on our side that a retry cannot fix; the attached payment method is detached, nothing is held, and it does not count toward the card-testing limit.
         */
        post: operations["addCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The historical-cards log, newest first */
        get: operations["listCardHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addition: one card */
        get: operations["getCard"];
        put?: never;
        post?: never;
        /**
         * Remove a card
         * @description 409 default_card_undeletable for a payer’s default card (except the only card of a payer that is not the default payer), and for the only verified card of an active account (which must keep one).
         */
        delete: operations["deleteCard"];
        options?: never;
        head?: never;
        /**
         * New expiry dates, verified with a new hold
         * @description On a decline the old dates stay (here and at the gateway). Failed updates count toward the card-testing limit. 502 gateway_error as on adding; 404 also when the card is deleted while its update is verified. 409 card_not_active for a card not saved yet (waiting for 3-D Secure, or `pending` with its top-up): its dates are the ones it is being verified with.
         */
        patch: operations["updateCardExpiry"];
        trace?: never;
    };
    "/v1/cards/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a verification after the 3-D Secure page
         * @description Answers with the card’s latest verification: 201 (200 for an expiry update) when held, 202 while the page is unanswered, 402 when it failed. Safe to repeat.
         */
        post: operations["confirmCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the card its payer’s default (first in that payer’s charge order)
         * @description 409 card_not_active for a card not saved yet: waiting for 3-D Secure, or `pending` (being saved by a top-up).
         */
        post: operations["setDefaultCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one payer’s whole charge order (the default payer’s when payer_id is absent); the first card becomes that payer’s default
         * @description 422 validation_failed unless every live card of the payer is named once; 409 card_not_active when the first card (the new default) is not saved yet.
         */
        put: operations["reorderCards"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{id}/authentication-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addition: where the 3-D Secure page returns the customer when no return_url was given */
        get: operations["getAuthenticationReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe events (signed)
         * @description Verified on the raw body with STRIPE_WEBHOOK_SECRET; each event id is processed once. Handles 3-D Secure completion (payment_intent.*) and the card updater (payment_method.automatically_updated). 404 when no secret is configured.
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account’s charges, newest first
         * @description Addition: `limit` (1–100, default 20) and `starting_after` (a charge id) page through them; `has_more` says whether more follow.
         */
        get: operations["listCharges"];
        put?: never;
        /**
         * Charge an account: the default card, then the other usable cards in charge order
         * @description Idempotency-Key is required: the charge is made once per (account, key), whoever sends it and however often. The charge is the key’s record: a finished charge is answered again with `Idempotent-Replayed: true` (not a 5xx); a request refused before a charge was recorded (400/422 on the body, 404, insufficient_balance, currency_mismatch) keeps nothing, so the same key may be sent again corrected. Amounts are integers in the minor unit, at least the currency’s minimum (GET /v1/reference/currencies) and at most CHARGE_MAX_AMOUNT_USD or its equivalent. Expired cards and cards waiting for 3-D Secure are skipped. When the gateway fails the fallback stops with 503 and the charge processing; send the same request with the same key later to read its outcome. `gateway_outcome_unknown`: a payment intent had been created for the try, and confirming it failed in any way (timeout, 5xx, or errors that are retryable on their own, since an earlier confirmation may still have gone through): money may have moved, and the service settles the charge in the background by reading the gateway’s record of that intent, never by confirming it again. `payer_id`: only that payer’s cards are tried (its default first, then its charge order), never another payer’s; without it, the default payer’s; 404 for a payer that is not the account’s. `gateway_unavailable` (an addition): the gateway failed before the try had a payment intent, so the charge was never sent to the card and no money moved; the charge is tried again in the background.
         */
        post: operations["createCharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/charges/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a past-due charge (the invoice was voided or paid elsewhere)
         * @description The charge becomes `canceled`, is never retried, and billing hears `charge.canceled`; a balance part it took is given back. Only a past-due charge can be canceled: one that succeeded, failed or is in a retry round right now is a 409 `charge_not_past_due` (with Retry-After while a round runs). An Idempotency-Key, when given, answers a repeated cancel as the first.
         */
        post: operations["cancelCharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{account_id}/charges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One charge with its attempts */
        get: operations["getCharge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find accounts by email, phone, card last4 or account id
         * @description Keys narrow each other. email: case-insensitive, the whole email or its beginning (exact matches first). phone: any format a customer quotes, read as E.164 (national numbers in each country accounts are registered in). last4: kept, removed and failed cards, optionally with brand, exp_month, exp_year (two-digit years read as 20YY). Audited.
         */
        get: operations["searchSupportAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account with onboarding, payers, cards, card history with holds, and charges with attempts
         * @description Each failure carries the gateway’s codes and ids, what the customer is told and what support should know and suggest. The customer’s id number is shown in clear, and that is recorded in the audit. The newest 50 charges.
         */
        get: operations["getSupportAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every support read, newest first
         * @description Paged like Stripe: limit (1–100, default 20) and starting_after (the last id of the previous page); filter by account_id or actor. Reading the audit is itself audited.
         */
        get: operations["listSupportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The balance, pending top-ups and the low-balance alert */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger, newest first; the amounts add up to `available` */
        get: operations["listBalanceTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set (or, with null, remove) the low-balance alert
         * @description One SMS to the verified mobile each time a debit takes the balance from at or above the threshold to below it; it re-arms once the balance is back at or above it.
         */
        put: operations["setBalanceAlert"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/pay-past-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay the past-due charges from the balance (the pay page)
         * @description Every past-due charge in the balance’s currency, all at once, in one transaction under the account lock: each becomes `succeeded` with `source: balance` (billing hears `charge.succeeded`) and the ledger gets one `charge` entry per charge. A charge that already holds a balance part (`balance_then_cards`) is left to the cards, and so is one whose retry round is running at that moment. 402 insufficient_balance when the balance does not cover them all (nothing is taken); 409 conflict when nothing past due can be paid from it. Idempotency-Key required: a repeat is answered as the first.
         */
        post: operations["payPastDueFromBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The top-ups, newest first, paged */
        get: operations["listTopups"];
        put?: never;
        /**
         * Top up the balance from a card, on session
         * @description Idempotency-Key required: one top-up, one payment and one credit per key. A saved card (`card_id`, or the default) alone is charged, no fallback. `payer_id`: the payer the top-up is for (404 when it is not the account’s): `card_id` must be one of its cards, and without `card_id` its default card pays; a new card joins that payer; the receipt goes to its receipt_email. Without `payer_id`: the named card’s payer, or the default payer. A new `payment_method` is used once, or kept with `save_card: true` (Chile needs `id_type`/`id_number`), `pending` until the top-up is paid; its declines count toward CARD_FAILURES_PER_DAY. Amounts: `topup_min_amount`..`topup_max_amount` of GET /v1/reference/currencies. `holder_name` (addition) names a saved new card; it defaults to the account’s name. 502 gateway_error (with the cancelled top-up) when the gateway refuses the payment request itself, as on adding a card. The same key again: the top-up is the key’s record (per account and key, like a charge), so a finished top-up is answered again with `Idempotent-Replayed: true`, a paid one with the balance as its credit left it; a request refused before the top-up was made (400/422 on its body, 404, 409 account_not_active) keeps nothing and may be sent again corrected; while an earlier request with the key still holds the top-up (or crashed holding it), 409 idempotency_key_in_use with Retry-After saying how long at most; after that the retry settles the top-up from the gateway’s record and answers how it ended: 201 paid, 202 waiting for 3-D Secure, 402 declined, or 409 topup_cancelled (with the top-up: nothing was charged; a new top-up needs a new key). 409 conflict: the account’s currency changed while the top-up was being made; send it again.
         */
        post: operations["createTopup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One top-up */
        get: operations["getTopup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topups/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After the 3-D Secure page: the gateway’s record decides */
        post: operations["confirmTopup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a top-up still new (its payment is canceled at the gateway first) */
        post: operations["cancelTopup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/accounts/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a bank transfer received for the account: credited once per reference (trimmed, letter case ignored: inv-1 is INV-1), audited */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/auto_topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automatic top-up rule */
        get: operations["getAutoTopup"];
        /**
         * Turn on (or change) automatic top-ups
         * @description When a debit takes `available + pending` below `threshold`, one top-up is made off-session from `card_id` (default: the default card), by `amount` or up to `target`, never over `monthly_limit` in a calendar month (UTC) or the currency’s top-up maximum. The rule stores the consent text, its version and time. A failure is emailed at once and the next try waits at least an hour; after 3 failures in a row the rule turns itself off.
         */
        put: operations["setAutoTopup"];
        post?: never;
        /** Turn automatic top-ups off (the rule is removed) */
        delete: operations["deleteAutoTopup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s tickets, newest first, paged */
        get: operations["listTransferTickets"];
        put?: never;
        /**
         * Tell us of a bank transfer, with the bank’s certificate
         * @description multipart/form-data, read as it streams: at most 5 text fields and one file, the file at most 5 MB (413 `payload_too_large` beyond, as for thousands of parts; nothing is stored). The text fields obey the input rules of JSON bodies (control characters, card numbers: 422). One open ticket per reference: the same reference again is 409 `transfer_ticket_exists` with the open `ticket_id` (no Idempotency-Key is kept for this form: the reference is its key). The customer is emailed; support credits the balance within three working days.
         */
        post: operations["createTransferTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ticket (another account’s is 404) */
        get: operations["getTransferTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/transfer-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets across accounts, oldest submitted first (status=submitted: the open queue); audited */
        get: operations["listSupportTransferTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/transfer-tickets/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate, as a download of its real type; audited
         * @description Content-Disposition: attachment, X-Content-Type-Options: nosniff and a sandboxing Content-Security-Policy: never shown inline.
         */
        get: operations["getTransferTicketCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/transfer-tickets/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit the balance through the transfer rule (once per reference); the customer is emailed; audited
         * @description Of two supports crediting the same ticket at once, one credits; the other gets 409 `transfer_ticket_decided`. A reference already credited (by hand, or another ticket) is 409 `transfer_already_credited` and the ticket stays open, to reject.
         */
        post: operations["creditTransferTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/transfer-tickets/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason the customer is emailed; audited */
        post: operations["rejectTransferTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Billing events, newest first
         * @description For the billing system (scope billing) and support (scope support; each read is audited). `limit` (1–100, default 20) and `starting_after` (an event id) page through them, `has_more` says whether more follow; `type` and `account_id` filter. Events are kept EVENT_RETENTION_DAYS (default 30). With BILLING_WEBHOOK_URL each event is also POSTed there, signed (`Card-Vault-Signature`), at least once and in order per account: see docs/billing-events.md.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a pay link
         * @description The token of a pay link (`/pay/{token}`, sent in each past-due notice) for a customer token of that account, with no sign-in. `expires_in` is the shorter of the link’s remaining life and AUTH_TOKEN_TTL_SECONDS. An altered link, or anything that is not a pay link (an API token included): 401 `pay_link_invalid`; a link past PAY_LINK_TTL_SECONDS: 401 `pay_link_expired`. Neither says anything about the account. Rate limited per client address, like sign-in.
         */
        post: operations["createPaySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/past-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the account owes: its past-due charges
         * @description `summary` is null when nothing is past due. Each charge names the cards its last round tried and what each issuer said.
         */
        get: operations["getPastDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/past-due/collect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay now: retry the past-due charges on-session
         * @description Idempotency-Key required. Each past-due charge is tried at once, one full fallback over the account’s cards, and the answer says how each ended; a decline is an answer, not an error (the charge stays `past_due`). A charge another worker is retrying at that moment is left to it.
         */
        post: operations["collectPastDue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    registerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    country: string;
                };
            };
        };
        responses: {
            /** @description The account and a customer token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            id: string;
                            email: string;
                            country: string;
                            currency: string;
                            /** @enum {string|null} */
                            type: "individual" | "enterprise" | null;
                            details: {
                                [key: string]: unknown;
                            } | null;
                            /** @description E.164, once verified */
                            mobile: string | null;
                            /** @enum {string} */
                            status: "registered" | "active";
                            created_at: string;
                        };
                        token: string;
                    };
                };
            };
            /** @description problem+json with code email_taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    sendSignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description A customer token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            /** @description problem+json with code invalid_code */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        country: string;
                        currency: string;
                        /** @enum {string|null} */
                        type: "individual" | "enterprise" | null;
                        details: {
                            [key: string]: unknown;
                        } | null;
                        /** @description E.164, once verified */
                        mobile: string | null;
                        /** @enum {string} */
                        status: "registered" | "active";
                        created_at: string;
                        /** @description Set while a charge with on_failure retry is past due (or in a retry round); null otherwise */
                        past_due: {
                            /** @description When the oldest charge still past due first failed */
                            since: string;
                            /** @description The sum of the past-due charges, minor units of `currency` */
                            amount: number;
                            currency: string;
                            charge_ids: string[];
                        } | null;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    updateAccountPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currency: string;
                };
            };
        };
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        country: string;
                        currency: string;
                        /** @enum {string|null} */
                        type: "individual" | "enterprise" | null;
                        details: {
                            [key: string]: unknown;
                        } | null;
                        /** @description E.164, once verified */
                        mobile: string | null;
                        /** @enum {string} */
                        status: "registered" | "active";
                        created_at: string;
                        /** @description Set while a charge with on_failure retry is past due (or in a retry round); null otherwise */
                        past_due: {
                            /** @description When the oldest charge still past due first failed */
                            since: string;
                            /** @description The sum of the past-due charges, minor units of `currency` */
                            amount: number;
                            currency: string;
                            charge_ids: string[];
                        } | null;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unsupported_currency, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Onboarding state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        next_step: "email" | "mobile" | "details" | "card" | "complete";
                        steps: {
                            /** @enum {string} */
                            email: "pending" | "done";
                            /** @enum {string} */
                            mobile: "pending" | "done";
                            /** @enum {string} */
                            details: "pending" | "done";
                            /** @enum {string} */
                            card: "pending" | "done";
                        };
                        /** @enum {string} */
                        status: "registered" | "active";
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    sendEmailCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "sent";
                        expires_in_seconds: number;
                        resend_after_seconds: number;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code resend_too_soon, rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    verifyEmailCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Onboarding state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        next_step: "email" | "mobile" | "details" | "card" | "complete";
                        steps: {
                            /** @enum {string} */
                            email: "pending" | "done";
                            /** @enum {string} */
                            mobile: "pending" | "done";
                            /** @enum {string} */
                            details: "pending" | "done";
                            /** @enum {string} */
                            card: "pending" | "done";
                        };
                        /** @enum {string} */
                        status: "registered" | "active";
                    };
                };
            };
            /** @description problem+json with code unauthenticated, invalid_code */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code code_expired, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code too_many_attempts, rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    sendMobileCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Sent */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "sent";
                        expires_in_seconds: number;
                        resend_after_seconds: number;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code email_step_required */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code invalid_phone, phone_region_mismatch, phone_not_mobile */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code resend_too_soon, rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    verifyMobileCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Onboarding state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        next_step: "email" | "mobile" | "details" | "card" | "complete";
                        steps: {
                            /** @enum {string} */
                            email: "pending" | "done";
                            /** @enum {string} */
                            mobile: "pending" | "done";
                            /** @enum {string} */
                            details: "pending" | "done";
                            /** @enum {string} */
                            card: "pending" | "done";
                        };
                        /** @enum {string} */
                        status: "registered" | "active";
                    };
                };
            };
            /** @description problem+json with code unauthenticated, invalid_code */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code code_expired, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code too_many_attempts, rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    updateAccountDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "individual";
                    name: string;
                    address: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postal_code?: string;
                        country: string;
                    };
                    industry: string;
                } | {
                    /** @enum {string} */
                    type: "enterprise";
                    enterprise_name: string;
                    address: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postal_code?: string;
                        country: string;
                    };
                    contact_name: string;
                    contact_position: string;
                    industry: string;
                    currency: string;
                };
            };
        };
        responses: {
            /** @description Onboarding state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        next_step: "email" | "mobile" | "details" | "card" | "complete";
                        steps: {
                            /** @enum {string} */
                            email: "pending" | "done";
                            /** @enum {string} */
                            mobile: "pending" | "done";
                            /** @enum {string} */
                            details: "pending" | "done";
                            /** @enum {string} */
                            card: "pending" | "done";
                        };
                        /** @enum {string} */
                        status: "registered" | "active";
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code mobile_step_required */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unsupported_currency, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listIndustries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            name: string;
                            decimals: number;
                            verification_amount: number;
                            minimum_charge_amount?: number;
                            topup_min_amount?: number;
                            topup_max_amount?: number;
                            topup_presets?: number[];
                        }[];
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listPayers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description py_ and 20 base62 characters */
                            id: string;
                            /** @enum {string} */
                            kind: "individual" | "company";
                            legal_name: string;
                            /** @description Chile (address country CL): a RUT, stored as 12345678-5 */
                            tax_id?: string;
                            /** @description RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …) */
                            tax_id_type?: string;
                            address: {
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postal_code?: string;
                                country: string;
                            };
                            /** @description Gets this payer’s receipts and notices (the default payer’s also go to the account’s email) */
                            receipt_email: string;
                            is_default: boolean;
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createPayer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "individual" | "company";
                    legal_name: string;
                    tax_id?: string | null;
                    tax_id_type?: string | null;
                    address: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postal_code?: string;
                        country: string;
                    };
                    /** Format: email */
                    receipt_email: string;
                };
            };
        };
        responses: {
            /** @description The payer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description py_ and 20 base62 characters */
                        id: string;
                        /** @enum {string} */
                        kind: "individual" | "company";
                        legal_name: string;
                        /** @description Chile (address country CL): a RUT, stored as 12345678-5 */
                        tax_id?: string;
                        /** @description RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …) */
                        tax_id_type?: string;
                        address: {
                            line1?: string;
                            line2?: string;
                            city?: string;
                            region?: string;
                            postal_code?: string;
                            country: string;
                        };
                        /** @description Gets this payer’s receipts and notices (the default payer’s also go to the account’s email) */
                        receipt_email: string;
                        is_default: boolean;
                        created_at: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code payer_limit_reached, onboarding_incomplete */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code invalid_rut, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getPayer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payer id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description py_ and 20 base62 characters */
                        id: string;
                        /** @enum {string} */
                        kind: "individual" | "company";
                        legal_name: string;
                        /** @description Chile (address country CL): a RUT, stored as 12345678-5 */
                        tax_id?: string;
                        /** @description RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …) */
                        tax_id_type?: string;
                        address: {
                            line1?: string;
                            line2?: string;
                            city?: string;
                            region?: string;
                            postal_code?: string;
                            country: string;
                        };
                        /** @description Gets this payer’s receipts and notices (the default payer’s also go to the account’s email) */
                        receipt_email: string;
                        is_default: boolean;
                        created_at: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    deletePayer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payer id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code payer_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    updatePayer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payer id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "individual" | "company";
                    legal_name?: string;
                    tax_id?: string | null;
                    tax_id_type?: string | null;
                    address?: {
                        line1: string;
                        line2?: string;
                        city: string;
                        region?: string;
                        postal_code?: string;
                        country: string;
                    };
                    /** Format: email */
                    receipt_email?: string;
                };
            };
        };
        responses: {
            /** @description The payer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description py_ and 20 base62 characters */
                        id: string;
                        /** @enum {string} */
                        kind: "individual" | "company";
                        legal_name: string;
                        /** @description Chile (address country CL): a RUT, stored as 12345678-5 */
                        tax_id?: string;
                        /** @description RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …) */
                        tax_id_type?: string;
                        address: {
                            line1?: string;
                            line2?: string;
                            city?: string;
                            region?: string;
                            postal_code?: string;
                            country: string;
                        };
                        /** @description Gets this payer’s receipts and notices (the default payer’s also go to the account’s email) */
                        receipt_email: string;
                        is_default: boolean;
                        created_at: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code invalid_rut, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    setDefaultPayer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payer id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description py_ and 20 base62 characters */
                        id: string;
                        /** @enum {string} */
                        kind: "individual" | "company";
                        legal_name: string;
                        /** @description Chile (address country CL): a RUT, stored as 12345678-5 */
                        tax_id?: string;
                        /** @description RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …) */
                        tax_id_type?: string;
                        address: {
                            line1?: string;
                            line2?: string;
                            city?: string;
                            region?: string;
                            postal_code?: string;
                            country: string;
                        };
                        /** @description Gets this payer’s receipts and notices (the default payer’s also go to the account’s email) */
                        receipt_email: string;
                        is_default: boolean;
                        created_at: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listCards: {
        parameters: {
            query?: {
                payer_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description With payer_id: that payer’s charge order (its default first, then by position). Without: every card, grouped by payer (the default payer first), each group in charge order */
                        data: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        }[];
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    addCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payment_method: string;
                    holder_name: string;
                    /** @enum {string} */
                    id_type?: "RUT" | "OTRO";
                    id_number?: string;
                    /** Format: uri */
                    return_url?: string;
                    payer_id?: string;
                };
            };
        };
        responses: {
            /** @description Verified: the hold is placed and will be released by the service */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        };
                        verification: {
                            /** @enum {string} */
                            status: "held";
                            amount: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description The bank asks for 3-D Secure: send the customer to next_action.url, then confirm */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        };
                        next_action: {
                            /** @enum {string} */
                            type: "redirect";
                            url: string;
                        };
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code card_declined or authentication_failed, plus `decline_code` (coarse: risk and CVC/number declines read generic_decline) and `history_id` */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code onboarding_incomplete, duplicate_card, card_limit_reached */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code id_required, invalid_rut, invalid_id_number, validation_failed, raw_card_data_refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code too_many_card_failures, rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listCardHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @enum {string} */
                            action: "add" | "update_expiry";
                            card_id?: string;
                            /** @description null when the gateway refused the card before describing it */
                            brand: string | null;
                            last4: string | null;
                            /** @enum {string} */
                            result: "succeeded" | "failed" | "pending";
                            failure?: {
                                /** @enum {string} */
                                code: "card_declined" | "authentication_failed" | "duplicate_card" | "card_limit_reached" | "gateway_unavailable" | "gateway_error" | "invalid_payment_method" | "card_removed";
                                decline_code?: string;
                                message: string;
                            };
                            hold?: {
                                /** @description 0 for a $0 verification */
                                amount: number;
                                currency: string;
                                /** @enum {string} */
                                status: "held" | "released" | "release_failed";
                                /**
                                 * @description VERIFICATION_METHOD: hold (1.00 USD or its equivalent), zero_amount ($0), or one_unit_hold (where $0 was refused; released at once)
                                 * @enum {string}
                                 */
                                method: "hold" | "zero_amount" | "one_unit_hold";
                                /** @description When the hold was released */
                                released_at?: string;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                        payer_id: string | null;
                        brand: string;
                        last4: string;
                        exp_month: number;
                        exp_year: number;
                        holder_name: string;
                        /**
                         * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                         * @enum {string}
                         */
                        status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                        is_default: boolean;
                        position: number;
                        created_at: string;
                        /**
                         * @description Addition: present when the holder gave an id (Chilean accounts must)
                         * @enum {string}
                         */
                        id_type?: "RUT" | "OTRO";
                        /** @description Addition: the id number masked, e.g. *****678-5 */
                        id_number?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    deleteCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code default_card_undeletable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    updateCardExpiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    exp_month: number;
                    exp_year: number;
                };
            };
        };
        responses: {
            /** @description Verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        };
                        verification: {
                            /** @enum {string} */
                            status: "held";
                            amount: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description 3-D Secure needed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        };
                        next_action: {
                            /** @enum {string} */
                            type: "redirect";
                            url: string;
                        };
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code card_declined or authentication_failed, plus `decline_code` (coarse: risk and CVC/number declines read generic_decline) and `history_id` */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code card_not_active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code invalid_expiry, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code too_many_card_failures, rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    confirmCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        };
                        verification: {
                            /** @enum {string} */
                            status: "held";
                            amount: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description Still waiting for the 3-D Secure page */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        };
                        next_action: {
                            /** @enum {string} */
                            type: "redirect";
                            url: string;
                        };
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code card_declined or authentication_failed, plus `decline_code` (coarse: risk and CVC/number declines read generic_decline) and `history_id` */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    setDefaultCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                        payer_id: string | null;
                        brand: string;
                        last4: string;
                        exp_month: number;
                        exp_year: number;
                        holder_name: string;
                        /**
                         * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                         * @enum {string}
                         */
                        status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                        is_default: boolean;
                        position: number;
                        created_at: string;
                        /**
                         * @description Addition: present when the holder gave an id (Chilean accounts must)
                         * @enum {string}
                         */
                        id_type?: "RUT" | "OTRO";
                        /** @description Addition: the id number masked, e.g. *****678-5 */
                        id_number?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code card_not_active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    reorderCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payer_id?: string;
                    card_ids: string[];
                };
            };
        };
        responses: {
            /** @description The cards in the new order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description With payer_id: that payer’s charge order (its default first, then by position). Without: every card, grouped by payer (the default payer first), each group in charge order */
                        data: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description Addition: the id number masked, e.g. *****678-5 */
                            id_number?: string;
                        }[];
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code card_not_active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getAuthenticationReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The card id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A plain-text note: go back to the app, which confirms the card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
                        duplicate: boolean;
                        type: string;
                    };
                };
            };
            /** @description problem+json with code invalid_signature */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listCharges: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path: {
                /** @description The account */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @description Addition */
                            account_id: string;
                            /**
                             * @description past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge
                             * @enum {string}
                             */
                            status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                            amount: number;
                            currency: string;
                            /** @description The card that paid */
                            card_id: string | null;
                            /** @description The payer whose cards it tried (null: the account had no payer yet) */
                            payer_id: string | null;
                            /**
                             * @description How it is paid
                             * @enum {string}
                             */
                            source: "cards" | "balance" | "balance_then_cards";
                            /** @description The part the balance paid (returned if the cards cannot pay the rest) */
                            balance_amount: number;
                            /** @description The part left to the cards */
                            card_amount: number;
                            /** @description Addition */
                            description: string | null;
                            /** @description Addition */
                            reference: string | null;
                            /**
                             * @description Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed
                             * @enum {string}
                             */
                            failure_code?: "all_cards_declined" | "gateway_error" | "no_usable_card" | "retries_exhausted";
                            /**
                             * @description What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE
                             * @enum {string}
                             */
                            on_failure: "fail" | "retry";
                            /** @description When it first became past due (kept once it ends) */
                            past_due_since: string | null;
                            /** @description While past due: when it is retried next */
                            next_retry_at: string | null;
                            /** @description Every try, in the order made */
                            attempts: {
                                card_id: string;
                                /** @description Addition */
                                brand: string;
                                last4: string;
                                /**
                                 * @description `pending` (an addition) only while the charge is processing and this try’s outcome is not known yet
                                 * @enum {string}
                                 */
                                result: "succeeded" | "declined" | "error" | "pending";
                                /** @description The gateway’s real decline code (billing is not shown the coarse customer codes) */
                                decline_code?: string;
                                /** @description The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data */
                                advice_code?: string;
                                /** @description The issuer’s raw response code as the card network passed it on (Visa 43, 51, …) */
                                network_decline_code?: string;
                                /** @description The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …) */
                                network_advice_code?: string;
                                /** @description Addition: on declines, the card’s network (visa, mastercard, …) */
                                network?: string;
                                message?: string;
                                /** @description Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge) */
                                round: number;
                                created_at: string;
                            }[];
                            /** @description The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md) */
                            skipped: {
                                card_id: string;
                                last4: string;
                                /** @enum {string} */
                                reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                                /** @description When the card may be tried again (retry_later, retry_limit) */
                                eligible_after?: string;
                            }[];
                            /** @description Addition */
                            created_at: string;
                            /** @description Addition */
                            completed_at: string | null;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createCharge: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path: {
                /** @description The account to charge */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units */
                    amount: number;
                    currency?: string;
                    description?: string;
                    reference?: string;
                    /** @enum {string} */
                    source?: "cards" | "balance" | "balance_then_cards";
                    payer_id?: string;
                    /** @enum {string} */
                    on_failure?: "fail" | "retry";
                };
            };
        };
        responses: {
            /** @description A card paid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Addition */
                        account_id: string;
                        /**
                         * @description past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge
                         * @enum {string}
                         */
                        status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                        amount: number;
                        currency: string;
                        /** @description The card that paid */
                        card_id: string | null;
                        /** @description The payer whose cards it tried (null: the account had no payer yet) */
                        payer_id: string | null;
                        /**
                         * @description How it is paid
                         * @enum {string}
                         */
                        source: "cards" | "balance" | "balance_then_cards";
                        /** @description The part the balance paid (returned if the cards cannot pay the rest) */
                        balance_amount: number;
                        /** @description The part left to the cards */
                        card_amount: number;
                        /** @description Addition */
                        description: string | null;
                        /** @description Addition */
                        reference: string | null;
                        /**
                         * @description Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed
                         * @enum {string}
                         */
                        failure_code?: "all_cards_declined" | "gateway_error" | "no_usable_card" | "retries_exhausted";
                        /**
                         * @description What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE
                         * @enum {string}
                         */
                        on_failure: "fail" | "retry";
                        /** @description When it first became past due (kept once it ends) */
                        past_due_since: string | null;
                        /** @description While past due: when it is retried next */
                        next_retry_at: string | null;
                        /** @description Every try, in the order made */
                        attempts: {
                            card_id: string;
                            /** @description Addition */
                            brand: string;
                            last4: string;
                            /**
                             * @description `pending` (an addition) only while the charge is processing and this try’s outcome is not known yet
                             * @enum {string}
                             */
                            result: "succeeded" | "declined" | "error" | "pending";
                            /** @description The gateway’s real decline code (billing is not shown the coarse customer codes) */
                            decline_code?: string;
                            /** @description The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data */
                            advice_code?: string;
                            /** @description The issuer’s raw response code as the card network passed it on (Visa 43, 51, …) */
                            network_decline_code?: string;
                            /** @description The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …) */
                            network_advice_code?: string;
                            /** @description Addition: on declines, the card’s network (visa, mastercard, …) */
                            network?: string;
                            message?: string;
                            /** @description Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge) */
                            round: number;
                            created_at: string;
                        }[];
                        /** @description The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md) */
                        skipped: {
                            card_id: string;
                            last4: string;
                            /** @enum {string} */
                            reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                            /** @description When the card may be tried again (retry_later, retry_limit) */
                            eligible_after?: string;
                        }[];
                        /** @description Addition */
                        created_at: string;
                        /** @description Addition */
                        completed_at: string | null;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_required, invalid_idempotency_key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code insufficient_balance */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_reused, invalid_amount, unsupported_currency, validation_failed, currency_mismatch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description gateway_error (an addition), with the failed charge: no card declined, and every try the gateway answered was refused as an invalid request (a 4xx that is not a decline). An integration problem on our side, not the customer’s card: nothing was charged, each refused intent was canceled, and retrying will not help until it is fixed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code: "gateway_error";
                        detail: string;
                        charge: {
                            id: string;
                            /** @description Addition */
                            account_id: string;
                            /**
                             * @description past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge
                             * @enum {string}
                             */
                            status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                            amount: number;
                            currency: string;
                            /** @description The card that paid */
                            card_id: string | null;
                            /** @description The payer whose cards it tried (null: the account had no payer yet) */
                            payer_id: string | null;
                            /**
                             * @description How it is paid
                             * @enum {string}
                             */
                            source: "cards" | "balance" | "balance_then_cards";
                            /** @description The part the balance paid (returned if the cards cannot pay the rest) */
                            balance_amount: number;
                            /** @description The part left to the cards */
                            card_amount: number;
                            /** @description Addition */
                            description: string | null;
                            /** @description Addition */
                            reference: string | null;
                            /**
                             * @description Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed
                             * @enum {string}
                             */
                            failure_code?: "all_cards_declined" | "gateway_error" | "no_usable_card" | "retries_exhausted";
                            /**
                             * @description What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE
                             * @enum {string}
                             */
                            on_failure: "fail" | "retry";
                            /** @description When it first became past due (kept once it ends) */
                            past_due_since: string | null;
                            /** @description While past due: when it is retried next */
                            next_retry_at: string | null;
                            /** @description Every try, in the order made */
                            attempts: {
                                card_id: string;
                                /** @description Addition */
                                brand: string;
                                last4: string;
                                /**
                                 * @description `pending` (an addition) only while the charge is processing and this try’s outcome is not known yet
                                 * @enum {string}
                                 */
                                result: "succeeded" | "declined" | "error" | "pending";
                                /** @description The gateway’s real decline code (billing is not shown the coarse customer codes) */
                                decline_code?: string;
                                /** @description The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data */
                                advice_code?: string;
                                /** @description The issuer’s raw response code as the card network passed it on (Visa 43, 51, …) */
                                network_decline_code?: string;
                                /** @description The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …) */
                                network_advice_code?: string;
                                /** @description Addition: on declines, the card’s network (visa, mastercard, …) */
                                network?: string;
                                message?: string;
                                /** @description Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge) */
                                round: number;
                                created_at: string;
                            }[];
                            /** @description The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md) */
                            skipped: {
                                card_id: string;
                                last4: string;
                                /** @enum {string} */
                                reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                                /** @description When the card may be tried again (retry_later, retry_limit) */
                                eligible_after?: string;
                            }[];
                            /** @description Addition */
                            created_at: string;
                            /** @description Addition */
                            completed_at: string | null;
                        };
                    };
                };
            };
            /** @description With the charge still processing (Retry-After). gateway_outcome_unknown: confirming the try’s payment intent failed, so money may have moved; settled from the gateway’s record. gateway_unavailable: the gateway failed before any payment intent existed for the try; no money moved. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code: "gateway_outcome_unknown" | "gateway_unavailable";
                        detail: string;
                        charge: {
                            id: string;
                            /** @description Addition */
                            account_id: string;
                            /**
                             * @description past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge
                             * @enum {string}
                             */
                            status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                            amount: number;
                            currency: string;
                            /** @description The card that paid */
                            card_id: string | null;
                            /** @description The payer whose cards it tried (null: the account had no payer yet) */
                            payer_id: string | null;
                            /**
                             * @description How it is paid
                             * @enum {string}
                             */
                            source: "cards" | "balance" | "balance_then_cards";
                            /** @description The part the balance paid (returned if the cards cannot pay the rest) */
                            balance_amount: number;
                            /** @description The part left to the cards */
                            card_amount: number;
                            /** @description Addition */
                            description: string | null;
                            /** @description Addition */
                            reference: string | null;
                            /**
                             * @description Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed
                             * @enum {string}
                             */
                            failure_code?: "all_cards_declined" | "gateway_error" | "no_usable_card" | "retries_exhausted";
                            /**
                             * @description What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE
                             * @enum {string}
                             */
                            on_failure: "fail" | "retry";
                            /** @description When it first became past due (kept once it ends) */
                            past_due_since: string | null;
                            /** @description While past due: when it is retried next */
                            next_retry_at: string | null;
                            /** @description Every try, in the order made */
                            attempts: {
                                card_id: string;
                                /** @description Addition */
                                brand: string;
                                last4: string;
                                /**
                                 * @description `pending` (an addition) only while the charge is processing and this try’s outcome is not known yet
                                 * @enum {string}
                                 */
                                result: "succeeded" | "declined" | "error" | "pending";
                                /** @description The gateway’s real decline code (billing is not shown the coarse customer codes) */
                                decline_code?: string;
                                /** @description The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data */
                                advice_code?: string;
                                /** @description The issuer’s raw response code as the card network passed it on (Visa 43, 51, …) */
                                network_decline_code?: string;
                                /** @description The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …) */
                                network_advice_code?: string;
                                /** @description Addition: on declines, the card’s network (visa, mastercard, …) */
                                network?: string;
                                message?: string;
                                /** @description Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge) */
                                round: number;
                                created_at: string;
                            }[];
                            /** @description The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md) */
                            skipped: {
                                card_id: string;
                                last4: string;
                                /** @enum {string} */
                                reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                                /** @description When the card may be tried again (retry_later, retry_limit) */
                                eligible_after?: string;
                            }[];
                            /** @description Addition */
                            created_at: string;
                            /** @description Addition */
                            completed_at: string | null;
                        };
                    };
                };
            };
        };
    };
    cancelCharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account */
                account_id: string;
                /** @description The past-due charge */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled charge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Addition */
                        account_id: string;
                        /**
                         * @description past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge
                         * @enum {string}
                         */
                        status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                        amount: number;
                        currency: string;
                        /** @description The card that paid */
                        card_id: string | null;
                        /** @description The payer whose cards it tried (null: the account had no payer yet) */
                        payer_id: string | null;
                        /**
                         * @description How it is paid
                         * @enum {string}
                         */
                        source: "cards" | "balance" | "balance_then_cards";
                        /** @description The part the balance paid (returned if the cards cannot pay the rest) */
                        balance_amount: number;
                        /** @description The part left to the cards */
                        card_amount: number;
                        /** @description Addition */
                        description: string | null;
                        /** @description Addition */
                        reference: string | null;
                        /**
                         * @description Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed
                         * @enum {string}
                         */
                        failure_code?: "all_cards_declined" | "gateway_error" | "no_usable_card" | "retries_exhausted";
                        /**
                         * @description What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE
                         * @enum {string}
                         */
                        on_failure: "fail" | "retry";
                        /** @description When it first became past due (kept once it ends) */
                        past_due_since: string | null;
                        /** @description While past due: when it is retried next */
                        next_retry_at: string | null;
                        /** @description Every try, in the order made */
                        attempts: {
                            card_id: string;
                            /** @description Addition */
                            brand: string;
                            last4: string;
                            /**
                             * @description `pending` (an addition) only while the charge is processing and this try’s outcome is not known yet
                             * @enum {string}
                             */
                            result: "succeeded" | "declined" | "error" | "pending";
                            /** @description The gateway’s real decline code (billing is not shown the coarse customer codes) */
                            decline_code?: string;
                            /** @description The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data */
                            advice_code?: string;
                            /** @description The issuer’s raw response code as the card network passed it on (Visa 43, 51, …) */
                            network_decline_code?: string;
                            /** @description The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …) */
                            network_advice_code?: string;
                            /** @description Addition: on declines, the card’s network (visa, mastercard, …) */
                            network?: string;
                            message?: string;
                            /** @description Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge) */
                            round: number;
                            created_at: string;
                        }[];
                        /** @description The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md) */
                        skipped: {
                            card_id: string;
                            last4: string;
                            /** @enum {string} */
                            reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                            /** @description When the card may be tried again (retry_later, retry_limit) */
                            eligible_after?: string;
                        }[];
                        /** @description Addition */
                        created_at: string;
                        /** @description Addition */
                        completed_at: string | null;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code charge_not_past_due */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getCharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account */
                account_id: string;
                /** @description The charge id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Addition */
                        account_id: string;
                        /**
                         * @description past_due: no card paid a charge with on_failure retry; it is retried at next_retry_at. canceled: billing ended a past-due charge
                         * @enum {string}
                         */
                        status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                        amount: number;
                        currency: string;
                        /** @description The card that paid */
                        card_id: string | null;
                        /** @description The payer whose cards it tried (null: the account had no payer yet) */
                        payer_id: string | null;
                        /**
                         * @description How it is paid
                         * @enum {string}
                         */
                        source: "cards" | "balance" | "balance_then_cards";
                        /** @description The part the balance paid (returned if the cards cannot pay the rest) */
                        balance_amount: number;
                        /** @description The part left to the cards */
                        card_amount: number;
                        /** @description Addition */
                        description: string | null;
                        /** @description Addition */
                        reference: string | null;
                        /**
                         * @description Addition: on failed charges (and on past-due ones: why the last round failed). gateway_error: no card declined, and the gateway refused our requests as invalid (an integration error). retries_exhausted: a past-due charge whose every scheduled retry failed
                         * @enum {string}
                         */
                        failure_code?: "all_cards_declined" | "gateway_error" | "no_usable_card" | "retries_exhausted";
                        /**
                         * @description What the charge becomes when no card pays: failed at once, or past due and retried on DUNNING_SCHEDULE
                         * @enum {string}
                         */
                        on_failure: "fail" | "retry";
                        /** @description When it first became past due (kept once it ends) */
                        past_due_since: string | null;
                        /** @description While past due: when it is retried next */
                        next_retry_at: string | null;
                        /** @description Every try, in the order made */
                        attempts: {
                            card_id: string;
                            /** @description Addition */
                            brand: string;
                            last4: string;
                            /**
                             * @description `pending` (an addition) only while the charge is processing and this try’s outcome is not known yet
                             * @enum {string}
                             */
                            result: "succeeded" | "declined" | "error" | "pending";
                            /** @description The gateway’s real decline code (billing is not shown the coarse customer codes) */
                            decline_code?: string;
                            /** @description The gateway’s advice on retrying: do_not_try_again, try_again_later or confirm_card_data */
                            advice_code?: string;
                            /** @description The issuer’s raw response code as the card network passed it on (Visa 43, 51, …) */
                            network_decline_code?: string;
                            /** @description The network’s advice: Mastercard’s Merchant Advice Code (two digits: 03, 21, 24–30, …) */
                            network_advice_code?: string;
                            /** @description Addition: on declines, the card’s network (visa, mastercard, …) */
                            network?: string;
                            message?: string;
                            /** @description Addition: the dunning round that made it (0: the billing job’s own pass; 1…: the retries of a past-due charge) */
                            round: number;
                            created_at: string;
                        }[];
                        /** @description The cards this charge did not try, under the card-network rules (docs/cards-and-charges.md) */
                        skipped: {
                            card_id: string;
                            last4: string;
                            /** @enum {string} */
                            reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                            /** @description When the card may be tried again (retry_later, retry_limit) */
                            eligible_after?: string;
                        }[];
                        /** @description Addition */
                        created_at: string;
                        /** @description Addition */
                        completed_at: string | null;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    searchSupportAccounts: {
        parameters: {
            query?: {
                email?: string;
                phone?: string;
                last4?: string;
                brand?: string;
                exp_month?: number;
                exp_year?: number | null;
                account_id?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching accounts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            email: string;
                            name: string | null;
                            country: string;
                            mobile: string | null;
                            /** @enum {string|null} */
                            type: "individual" | "enterprise" | null;
                            /** @enum {string} */
                            status: "registered" | "active";
                            created_at: string;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed, invalid_phone */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getSupportAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account as support sees it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            [key: string]: unknown;
                        };
                        /** @description While charges are past due: since when, how much, which charges */
                        past_due: {
                            /** @description When the oldest charge still past due first failed */
                            since: string;
                            /** @description The sum of the past-due charges, minor units of `currency` */
                            amount: number;
                            currency: string;
                            charge_ids: string[];
                        } | null;
                        onboarding: {
                            [key: string]: unknown;
                        };
                        /** @description Every payer, removed ones too, the default first; each card, charge and top-up names its payer_id */
                        payers: {
                            /** @description py_ and 20 base62 characters */
                            id: string;
                            /** @enum {string} */
                            kind: "individual" | "company";
                            legal_name: string;
                            /** @description Chile (address country CL): a RUT, stored as 12345678-5 */
                            tax_id?: string;
                            /** @description RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …) */
                            tax_id_type?: string;
                            address: {
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postal_code?: string;
                                country: string;
                            };
                            /** @description Gets this payer’s receipts and notices (the default payer’s also go to the account’s email) */
                            receipt_email: string;
                            is_default: boolean;
                            created_at: string;
                            deleted_at: string | null;
                        }[];
                        cards: {
                            id: string;
                            /** @description The payer whose card it is (GET /v1/payers); each payer has its own default and charge order */
                            payer_id: string | null;
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                            holder_name: string;
                            /**
                             * @description `pending`: being saved by a top-up that is not paid yet (active once it is, removed if it is cancelled). `do_not_retry`: the issuer said never to try this card again off-session; a new expiry (PATCH) makes it active again, or add another card
                             * @enum {string}
                             */
                            status: "active" | "requires_action" | "expired" | "pending" | "do_not_retry";
                            is_default: boolean;
                            position: number;
                            created_at: string;
                            /**
                             * @description Addition: present when the holder gave an id (Chilean accounts must)
                             * @enum {string}
                             */
                            id_type?: "RUT" | "OTRO";
                            /** @description In clear (support only); null when it no longer decrypts. The read is audited. */
                            id_number?: string | null;
                            id_number_masked?: string | null;
                            gateway_payment_method_id: string;
                            /** @description What the issuer said about retrying the card off-session (the card-network rules); null when nothing stands */
                            retry_block: {
                                /** @enum {string|null} */
                                reason: "do_not_retry" | "needs_customer" | null;
                                code: string | null;
                                since: string | null;
                                /** @description Mastercard’s “retry after” (MAC 24–30) */
                                not_before: string | null;
                            } | null;
                            updated_at: string;
                            /** @description Removed cards are listed too */
                            deleted_at: string | null;
                        }[];
                        card_history: {
                            id: string;
                            /** @enum {string} */
                            action: "add" | "update_expiry";
                            card_id: string | null;
                            brand: string | null;
                            last4: string | null;
                            exp_month: number | null;
                            exp_year: number | null;
                            /** @enum {string} */
                            result: "pending" | "succeeded" | "failed";
                            failure: {
                                /** @description Our code: card_declined, authentication_failed, duplicate_card, gateway_unavailable, gateway_error, interrupted… */
                                code: string | null;
                                /** @description The gateway’s error code, e.g. card_declined, expired_card */
                                gateway_code: string | null;
                                /** @description The gateway’s real decline code, e.g. stolen_card, insufficient_funds */
                                decline_code: string | null;
                                gateway_message: string | null;
                                gateway_request_id: string | null;
                                intent_id: string | null;
                                customer_sees: {
                                    decline_code: string | null;
                                    /** @description What the customer is (or would be) told: coarse for risk declines and CVC/number mismatches. */
                                    message: string;
                                };
                                /** @description What support should know and suggest */
                                support_reason: string;
                                /** @description Whether the same card, unchanged, may succeed later */
                                retryable: boolean;
                            } | null;
                            hold: {
                                id: string;
                                intent_id: string | null;
                                amount: number;
                                currency: string;
                                /** @enum {string} */
                                status: "authorizing" | "requires_action" | "held" | "released" | "release_failed" | "declined" | "abandoned";
                                release_after: string | null;
                                released_at: string | null;
                                release_attempts: number;
                                last_error: string | null;
                                created_at: string;
                            } | null;
                            created_at: string;
                            updated_at: string;
                        }[];
                        charges: {
                            id: string;
                            /** @enum {string} */
                            status: "processing" | "succeeded" | "failed" | "past_due" | "canceled";
                            amount: number;
                            currency: string;
                            description: string | null;
                            reference: string | null;
                            card_id: string | null;
                            /** @description The payer whose cards it tried */
                            payer_id: string | null;
                            failure: {
                                code: string | null;
                                customer_sees: {
                                    decline_code: string | null;
                                    /** @description What the customer is (or would be) told: coarse for risk declines and CVC/number mismatches. */
                                    message: string;
                                };
                                support_reason: string;
                                retryable: boolean;
                            } | null;
                            /** @description For a charge still processing: how it settles */
                            settling: string | null;
                            attempts: {
                                number: number;
                                card_id: string;
                                brand: string;
                                last4: string;
                                /** @enum {string} */
                                result: "pending" | "succeeded" | "declined" | "error";
                                failure: {
                                    /** @description Our code: card_declined, authentication_failed, duplicate_card, gateway_unavailable, gateway_error, interrupted… */
                                    code: string | null;
                                    /** @description The gateway’s error code, e.g. card_declined, expired_card */
                                    gateway_code: string | null;
                                    /** @description The gateway’s real decline code, e.g. stolen_card, insufficient_funds */
                                    decline_code: string | null;
                                    gateway_message: string | null;
                                    gateway_request_id: string | null;
                                    intent_id: string | null;
                                    customer_sees: {
                                        decline_code: string | null;
                                        /** @description What the customer is (or would be) told: coarse for risk declines and CVC/number mismatches. */
                                        message: string;
                                    };
                                    /** @description What support should know and suggest */
                                    support_reason: string;
                                    /** @description Whether the same card, unchanged, may succeed later */
                                    retryable: boolean;
                                    /** @description The gateway’s advice: do_not_try_again, try_again_later, confirm_card_data */
                                    advice_code: string | null;
                                    /** @description The issuer’s raw code as the network passed it on */
                                    network_decline_code: string | null;
                                    /** @description Mastercard’s Merchant Advice Code */
                                    network_advice_code: string | null;
                                    network: string;
                                    /** @description On declines: what the card-network rules make of it, in plain words */
                                    network_rules?: {
                                        /** @enum {string} */
                                        verdict: "never_again" | "needs_customer" | "wait" | "soft";
                                        reason: string;
                                    };
                                } | null;
                                intent_id: string | null;
                                gateway_request_id: string | null;
                                created_at: string;
                                completed_at: string | null;
                            }[];
                            /** @description Cards the charge did not try under the card-network rules, and why */
                            skipped: {
                                card_id: string;
                                last4: string;
                                /** @enum {string} */
                                reason: "do_not_retry" | "retry_later" | "retry_limit" | "needs_customer";
                                eligible_after?: string;
                                support_reason: string;
                            }[];
                            /** @description For a charge that went past due (on_failure "retry"), whatever its status now: each try (round 0 is the billing job’s own pass, 1… the retries), each notice sent, and how it ended, oldest first; null otherwise */
                            dunning: ({
                                /** @enum {string} */
                                kind: "attempt";
                                round: number;
                                at: string;
                                card_id: string;
                                last4: string;
                                /** @enum {string} */
                                result: "succeeded" | "declined" | "error" | "pending";
                                decline_code: string | null;
                                advice_code: string | null;
                                message: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "notice";
                                round: number;
                                at: string;
                                /** @enum {string} */
                                channel: "email" | "sms";
                                /** @enum {string} */
                                notice: "first_failure" | "retry_failed" | "final";
                                message_id: string;
                            } | {
                                /** @enum {string} */
                                kind: "ended";
                                round: number;
                                at: string;
                                /** @enum {string} */
                                status: "succeeded" | "failed" | "canceled";
                            })[] | null;
                            created_at: string;
                            completed_at: string | null;
                        }[];
                        charges_has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listSupportAudit: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
                account_id?: string;
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @description The token’s sub */
                            actor: string;
                            /** @enum {string} */
                            action: "search_accounts" | "view_account" | "read_audit" | "record_transfer" | "list_transfer_tickets" | "read_transfer_certificate" | "credit_transfer_ticket" | "reject_transfer_ticket";
                            /** @description Method and route pattern, e.g. GET /v1/support/accounts/{id} */
                            endpoint: string;
                            /** @description The search keys, account id or paging parameters as read */
                            query: {
                                [key: string]: unknown;
                            };
                            /** @description Every account whose data the answer carried */
                            account_ids: string[];
                            /** @description Personal data shown in clear, e.g. id_number */
                            disclosed: string[];
                            result_count: number;
                            request_id: string | null;
                            created_at: string;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Minor units; the sum of the ledger */
                        available: number;
                        /** @description The sum of top-ups still `new` */
                        pending: number;
                        currency: string;
                        low_balance_alert: {
                            threshold: number;
                            /** @description The next crossing sends the SMS (the balance is at or above the threshold) */
                            armed: boolean;
                        } | null;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listBalanceTransactions: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @enum {string} */
                            type: "topup" | "charge" | "charge_reversal" | "transfer";
                            /** @description Signed: credits positive, debits negative */
                            amount: number;
                            balance_after: number;
                            /** @description Addition */
                            currency: string;
                            topup_id?: string;
                            charge_id?: string;
                            /** @description Addition: on transfers */
                            transfer_reference?: string;
                            /** @description Addition: on charge and charge_reversal entries, the charge's description when it had one */
                            description?: string;
                            created_at: string;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    setBalanceAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    threshold: number | null;
                };
            };
        };
        responses: {
            /** @description The balance with its alert */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Minor units; the sum of the ledger */
                        available: number;
                        /** @description The sum of top-ups still `new` */
                        pending: number;
                        currency: string;
                        low_balance_alert: {
                            threshold: number;
                            /** @description The next crossing sends the SMS (the balance is at or above the threshold) */
                            armed: boolean;
                        } | null;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code mobile_step_required */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    payPastDueFromBalance: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was paid, and the balance after */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        paid: {
                            charge_id: string;
                            amount: number;
                            currency: string;
                        }[];
                        balance: {
                            available: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description problem+json with code idempotency_key_required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code insufficient_balance */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code conflict, idempotency_key_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listTopups: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of top-ups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createTopup: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Minor units, in the account’s currency */
                    amount: number;
                    card_id?: string;
                    payment_method?: string;
                    save_card?: boolean;
                    holder_name?: string;
                    /** @enum {string} */
                    id_type?: "RUT" | "OTRO";
                    id_number?: string;
                    /** Format: uri */
                    return_url?: string;
                    payer_id?: string;
                };
            };
        };
        responses: {
            /** @description Paid: the balance is credited in the same transaction */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topup: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        };
                        balance: {
                            available: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description The bank asks for 3-D Secure: send the customer to next_action.url, then confirm */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topup: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        };
                        next_action: {
                            /** @enum {string} */
                            type: "redirect";
                            url: string;
                        };
                    };
                };
            };
            /** @description problem+json with code idempotency_key_required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code no_usable_card */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code account_not_active, duplicate_card, card_limit_reached, idempotency_key_in_use, topup_cancelled, conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_reused, invalid_amount, id_required, invalid_rut, invalid_id_number, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code too_many_card_failures */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getTopup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The top-up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description TU- and digits: a receipt number to read out on the phone */
                        number: string;
                        /** @enum {string} */
                        status: "new" | "paid" | "cancelled";
                        amount: number;
                        currency: string;
                        /**
                         * @description `automatic` when the automatic top-up rule made it
                         * @enum {string}
                         */
                        trigger: "automatic" | "customer";
                        /** @description The saved card that paid, or the card this top-up saves */
                        card_id?: string;
                        /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                        payer_id: string | null;
                        /** @description Addition */
                        brand?: string;
                        /** @description Addition */
                        last4?: string;
                        failure?: {
                            /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                            code: string;
                            /** @description Coarse, as on card entry (risk declines read generic_decline) */
                            decline_code?: string;
                            message: string;
                        };
                        created_at: string;
                        paid_at?: string;
                        cancelled_at?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    confirmTopup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paid: the balance is credited in the same transaction */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topup: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        };
                        balance: {
                            available: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description The bank asks for 3-D Secure: send the customer to next_action.url, then confirm */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topup: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        };
                        next_action: {
                            /** @enum {string} */
                            type: "redirect";
                            url: string;
                        };
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description card_declined or authentication_failed, with the cancelled top-up */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code: "card_declined" | "authentication_failed";
                        detail: string;
                        decline_code?: string;
                        topup: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        };
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code topup_cancelled, idempotency_key_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code gateway_error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description gateway_outcome_unknown: the top-up stays new and is settled in the background by asking the gateway */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code: "gateway_outcome_unknown";
                        detail: string;
                        decline_code?: string;
                        topup: {
                            id: string;
                            /** @description TU- and digits: a receipt number to read out on the phone */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "paid" | "cancelled";
                            amount: number;
                            currency: string;
                            /**
                             * @description `automatic` when the automatic top-up rule made it
                             * @enum {string}
                             */
                            trigger: "automatic" | "customer";
                            /** @description The saved card that paid, or the card this top-up saves */
                            card_id?: string;
                            /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                            payer_id: string | null;
                            /** @description Addition */
                            brand?: string;
                            /** @description Addition */
                            last4?: string;
                            failure?: {
                                /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                                code: string;
                                /** @description Coarse, as on card entry (risk declines read generic_decline) */
                                decline_code?: string;
                                message: string;
                            };
                            created_at: string;
                            paid_at?: string;
                            cancelled_at?: string;
                        };
                    };
                };
            };
        };
    };
    cancelTopup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled top-up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description TU- and digits: a receipt number to read out on the phone */
                        number: string;
                        /** @enum {string} */
                        status: "new" | "paid" | "cancelled";
                        amount: number;
                        currency: string;
                        /**
                         * @description `automatic` when the automatic top-up rule made it
                         * @enum {string}
                         */
                        trigger: "automatic" | "customer";
                        /** @description The saved card that paid, or the card this top-up saves */
                        card_id?: string;
                        /** @description The payer it is for: its card pays, its receipt_email gets the receipt (null: before the account had a payer, or an automatic top-up whose card is not chosen yet) */
                        payer_id: string | null;
                        /** @description Addition */
                        brand?: string;
                        /** @description Addition */
                        last4?: string;
                        failure?: {
                            /** @description card_declined, authentication_failed, authentication_abandoned, cancelled_by_customer, interrupted, gateway_error; automatic top-ups also authentication_required (pay on-session), card_not_eligible, auto_topup_turned_off */
                            code: string;
                            /** @description Coarse, as on card entry (risk declines read generic_decline) */
                            decline_code?: string;
                            message: string;
                        };
                        created_at: string;
                        paid_at?: string;
                        cancelled_at?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code topup_not_cancellable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    amount: number;
                    currency: string;
                    reference: string;
                };
            };
        };
        responses: {
            /** @description Credited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transaction: {
                            id: string;
                            /** @enum {string} */
                            type: "topup" | "charge" | "charge_reversal" | "transfer";
                            /** @description Signed: credits positive, debits negative */
                            amount: number;
                            balance_after: number;
                            /** @description Addition */
                            currency: string;
                            topup_id?: string;
                            charge_id?: string;
                            /** @description Addition: on transfers */
                            transfer_reference?: string;
                            /** @description Addition: on charge and charge_reversal entries, the charge's description when it had one */
                            description?: string;
                            created_at: string;
                        };
                        balance: {
                            available: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description problem+json with code idempotency_key_required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code transfer_already_credited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code currency_mismatch, invalid_amount, validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getAutoTopup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Why the rule turned itself off: `failed_3_times` */
                        disabled_reason?: string;
                        /** @description Below this (available + pending), a top-up is made */
                        threshold: number;
                        /** @description Each top-up adds this much */
                        amount?: number;
                        /** @description Each top-up fills the balance up to this */
                        target?: number;
                        currency: string;
                        /** @description The card paid from; absent: the default card at the time */
                        card_id?: string;
                        /** @description At most this much in automatic top-ups per calendar month (UTC) */
                        monthly_limit?: number;
                        /** @description The stored-credential agreement automatic top-ups rely on */
                        consent: {
                            /** @description The words shown to the customer */
                            text: string;
                            version: string;
                            accepted_at: string;
                        };
                        /** @description Addition: automatic top-ups that failed since the last one paid (3 turn the rule off) */
                        failures_in_a_row: number;
                        /** @description Addition: after a failure, the next try waits at least an hour */
                        next_try_after?: string;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description No rule; the problem carries the consent text a frontend shows before turning it on */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                        consent: {
                            /** @description The words shown to the customer */
                            text: string;
                            version: string;
                        };
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    setAutoTopup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units, inside the currency’s top-up range */
                    threshold: number;
                    /** @description Give amount or target, not both */
                    amount?: number;
                    /** @description Above threshold */
                    target?: number;
                    card_id?: string;
                    monthly_limit?: number;
                    /**
                     * @description The customer agreed to the consent text
                     * @enum {boolean}
                     */
                    consent: true;
                };
            };
        };
        responses: {
            /** @description The rule, active */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Why the rule turned itself off: `failed_3_times` */
                        disabled_reason?: string;
                        /** @description Below this (available + pending), a top-up is made */
                        threshold: number;
                        /** @description Each top-up adds this much */
                        amount?: number;
                        /** @description Each top-up fills the balance up to this */
                        target?: number;
                        currency: string;
                        /** @description The card paid from; absent: the default card at the time */
                        card_id?: string;
                        /** @description At most this much in automatic top-ups per calendar month (UTC) */
                        monthly_limit?: number;
                        /** @description The stored-credential agreement automatic top-ups rely on */
                        consent: {
                            /** @description The words shown to the customer */
                            text: string;
                            version: string;
                            accepted_at: string;
                        };
                        /** @description Addition: automatic top-ups that failed since the last one paid (3 turn the rule off) */
                        failures_in_a_row: number;
                        /** @description Addition: after a failure, the next try waits at least an hour */
                        next_try_after?: string;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code no_usable_card */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code account_not_active, conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed, invalid_amount */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    deleteAutoTopup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listTransferTickets: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description tkt_ and 20 letters and digits */
                            id: string;
                            /** @enum {string} */
                            status: "submitted" | "credited" | "rejected";
                            /** @description Minor units, in the balance’s currency */
                            amount: number;
                            currency: string;
                            /** @description The transfer’s reference or invoice number */
                            reference: string;
                            /** @description YYYY-MM-DD */
                            paid_on: string;
                            note: string | null;
                            /** @description Addition */
                            certificate: {
                                /**
                                 * @description Recognised from the content
                                 * @enum {string}
                                 */
                                type: "application/pdf" | "image/png" | "image/jpeg";
                                size: number;
                            };
                            rejection_reason?: string;
                            /** @description Addition: the balance transaction that credited it */
                            transaction_id?: string;
                            created_at: string;
                            decided_at?: string;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createTransferTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description A positive whole number of minor units in the balance’s currency (12.50 USD is 1250), at most 99999999 */
                    amount: string;
                    /** @description The balance’s currency (either case) */
                    currency: string;
                    /** @description The transfer’s reference or invoice number */
                    reference: string;
                    /**
                     * Format: date
                     * @description The day of the transfer, YYYY-MM-DD, from 2000-01-01 to today
                     */
                    paid_on: string;
                    /** @description Free text for support (line breaks allowed) */
                    note?: string;
                    /** @description The bank’s certificate: a PDF, PNG or JPEG, recognised by its content (not its name), at most 5242880 bytes (5 MB) */
                    certificate: string;
                };
            };
        };
        responses: {
            /** @description Submitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description tkt_ and 20 letters and digits */
                        id: string;
                        /** @enum {string} */
                        status: "submitted" | "credited" | "rejected";
                        /** @description Minor units, in the balance’s currency */
                        amount: number;
                        currency: string;
                        /** @description The transfer’s reference or invoice number */
                        reference: string;
                        /** @description YYYY-MM-DD */
                        paid_on: string;
                        note: string | null;
                        /** @description Addition */
                        certificate: {
                            /**
                             * @description Recognised from the content
                             * @enum {string}
                             */
                            type: "application/pdf" | "image/png" | "image/jpeg";
                            size: number;
                        };
                        rejection_reason?: string;
                        /** @description Addition: the balance transaction that credited it */
                        transaction_id?: string;
                        created_at: string;
                        decided_at?: string;
                    };
                };
            };
            /** @description problem+json with code invalid_request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code transfer_ticket_exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed, invalid_amount, currency_mismatch, invalid_certificate, raw_card_data_refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getTransferTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description tkt_ and 20 letters and digits */
                        id: string;
                        /** @enum {string} */
                        status: "submitted" | "credited" | "rejected";
                        /** @description Minor units, in the balance’s currency */
                        amount: number;
                        currency: string;
                        /** @description The transfer’s reference or invoice number */
                        reference: string;
                        /** @description YYYY-MM-DD */
                        paid_on: string;
                        note: string | null;
                        /** @description Addition */
                        certificate: {
                            /**
                             * @description Recognised from the content
                             * @enum {string}
                             */
                            type: "application/pdf" | "image/png" | "image/jpeg";
                            size: number;
                        };
                        rejection_reason?: string;
                        /** @description Addition: the balance transaction that credited it */
                        transaction_id?: string;
                        created_at: string;
                        decided_at?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listSupportTransferTickets: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
                status?: "submitted" | "credited" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description tkt_ and 20 letters and digits */
                            id: string;
                            /** @enum {string} */
                            status: "submitted" | "credited" | "rejected";
                            /** @description Minor units, in the balance’s currency */
                            amount: number;
                            currency: string;
                            /** @description The transfer’s reference or invoice number */
                            reference: string;
                            /** @description YYYY-MM-DD */
                            paid_on: string;
                            note: string | null;
                            /** @description Addition */
                            certificate: {
                                /**
                                 * @description Recognised from the content
                                 * @enum {string}
                                 */
                                type: "application/pdf" | "image/png" | "image/jpeg";
                                size: number;
                            };
                            rejection_reason?: string;
                            /** @description Addition: the balance transaction that credited it */
                            transaction_id?: string;
                            created_at: string;
                            decided_at?: string;
                            account_id: string;
                            /** @description The support operator who decided it */
                            decided_by?: string;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getTransferTicketCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    creditTransferTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Credited */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            /** @description tkt_ and 20 letters and digits */
                            id: string;
                            /** @enum {string} */
                            status: "submitted" | "credited" | "rejected";
                            /** @description Minor units, in the balance’s currency */
                            amount: number;
                            currency: string;
                            /** @description The transfer’s reference or invoice number */
                            reference: string;
                            /** @description YYYY-MM-DD */
                            paid_on: string;
                            note: string | null;
                            /** @description Addition */
                            certificate: {
                                /**
                                 * @description Recognised from the content
                                 * @enum {string}
                                 */
                                type: "application/pdf" | "image/png" | "image/jpeg";
                                size: number;
                            };
                            rejection_reason?: string;
                            /** @description Addition: the balance transaction that credited it */
                            transaction_id?: string;
                            created_at: string;
                            decided_at?: string;
                            account_id: string;
                            /** @description The support operator who decided it */
                            decided_by?: string;
                        };
                        balance: {
                            available: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code transfer_ticket_decided, transfer_already_credited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code currency_mismatch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    rejectTransferTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Rejected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description tkt_ and 20 letters and digits */
                        id: string;
                        /** @enum {string} */
                        status: "submitted" | "credited" | "rejected";
                        /** @description Minor units, in the balance’s currency */
                        amount: number;
                        currency: string;
                        /** @description The transfer’s reference or invoice number */
                        reference: string;
                        /** @description YYYY-MM-DD */
                        paid_on: string;
                        note: string | null;
                        /** @description Addition */
                        certificate: {
                            /**
                             * @description Recognised from the content
                             * @enum {string}
                             */
                            type: "application/pdf" | "image/png" | "image/jpeg";
                            size: number;
                        };
                        rejection_reason?: string;
                        /** @description Addition: the balance transaction that credited it */
                        transaction_id?: string;
                        created_at: string;
                        decided_at?: string;
                        account_id: string;
                        /** @description The support operator who decided it */
                        decided_by?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code transfer_ticket_decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                starting_after?: string;
                type?: "charge.succeeded" | "charge.past_due" | "charge.failed" | "charge.canceled" | "topup.paid" | "topup.cancelled" | "card.do_not_retry" | "card.expiring" | "payer.updated" | "transfer_ticket.submitted" | "transfer_ticket.credited" | "transfer_ticket.rejected";
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description evt_ and 20 letters and digits: receivers of the webhook dedupe by it */
                            id: string;
                            /** @enum {string} */
                            type: "charge.succeeded" | "charge.past_due" | "charge.failed" | "charge.canceled" | "topup.paid" | "topup.cancelled" | "card.do_not_retry" | "card.expiring" | "payer.updated" | "transfer_ticket.submitted" | "transfer_ticket.credited" | "transfer_ticket.rejected";
                            account_id: string;
                            created_at: string;
                            data: {
                                /** @description What changed, as the API shows it: a charge, a top-up, a card, a transfer ticket */
                                object: {
                                    [key: string]: unknown;
                                };
                            };
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    createPaySession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description A customer token for the link’s account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access_token: string;
                        /** @enum {string} */
                        token_type: "Bearer";
                        expires_in: number;
                        account_id: string;
                    };
                };
            };
            /** @description problem+json with code pay_link_invalid, pay_link_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    getPastDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The past-due state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        summary: {
                            /** @description When the oldest charge still past due first failed */
                            since: string;
                            /** @description The sum of the past-due charges, minor units of `currency` */
                            amount: number;
                            currency: string;
                            charge_ids: string[];
                        } | null;
                        charges: {
                            id: string;
                            amount: number;
                            currency: string;
                            description: string | null;
                            past_due_since: string;
                            /** @description The next scheduled retry; null when none is left */
                            next_retry_at: string | null;
                            /** @description The last round’s tries: which card, and what the issuer said (codes: a page words them for the customer) */
                            last_failures: {
                                card_id: string;
                                last4: string;
                                brand: string;
                                decline_code: string | null;
                                advice_code: string | null;
                                message: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
    collectPastDue: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What each charge did, and what is left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collected: {
                            charge_id: string;
                            /** @enum {string} */
                            status: "succeeded" | "past_due" | "failed" | "processing" | "canceled";
                        }[];
                        /** @description What is still past due after the collection; null when all is paid */
                        past_due: {
                            /** @description When the oldest charge still past due first failed */
                            since: string;
                            /** @description The sum of the past-due charges, minor units of `currency` */
                            amount: number;
                            currency: string;
                            charge_ids: string[];
                        } | null;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_required, invalid_idempotency_key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code idempotency_key_reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
            /** @description problem+json with code rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description urn:card-vault:problem:<code> */
                        type: string;
                        title: string;
                        status: number;
                        /** @description What went wrong and, where the caller can act, what to do. */
                        detail: string;
                        /** @enum {string} */
                        code: "invalid_json" | "invalid_request" | "idempotency_key_required" | "invalid_idempotency_key" | "invalid_signature" | "unauthenticated" | "invalid_code" | "pay_link_invalid" | "pay_link_expired" | "card_declined" | "authentication_failed" | "all_cards_declined" | "no_usable_card" | "insufficient_balance" | "retries_exhausted" | "forbidden" | "not_found" | "email_taken" | "email_step_required" | "mobile_step_required" | "onboarding_incomplete" | "duplicate_card" | "card_limit_reached" | "default_card_undeletable" | "card_not_active" | "idempotency_key_in_use" | "conflict" | "account_not_active" | "balance_not_empty" | "topup_not_cancellable" | "topup_cancelled" | "transfer_already_credited" | "transfer_ticket_exists" | "transfer_ticket_decided" | "payer_limit_reached" | "charge_not_past_due" | "payer_in_use" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_phone" | "phone_region_mismatch" | "phone_not_mobile" | "code_expired" | "unsupported_currency" | "invalid_rut" | "invalid_id_number" | "id_required" | "invalid_expiry" | "invalid_amount" | "raw_card_data_refused" | "idempotency_key_reused" | "currency_mismatch" | "invalid_certificate" | "rate_limited" | "resend_too_soon" | "too_many_attempts" | "too_many_card_failures" | "internal_error" | "gateway_error" | "gateway_unavailable" | "gateway_outcome_unknown" | "not_ready";
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        request_id?: string;
                    };
                };
            };
        };
    };
}
