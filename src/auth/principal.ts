// `pay`: the pay page's session, from a signed pay link (no sign-in): the account's own routes a
// customer needs to pay what is past due (its cards, its balance, the collection), nothing else.
export const scopes = ['account', 'billing', 'support', 'pay'] as const;
export type Scope = (typeof scopes)[number];

/** Who is calling: `subject` is the token's `sub` (the account id for the `account` scope). */
export interface Principal {
  subject: string;
  scopes: ReadonlySet<Scope>;
}
