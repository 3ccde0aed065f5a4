export const scopes = ['account', 'billing', 'support'] as const;
export type Scope = (typeof scopes)[number];

/** Who is calling: `subject` is the token's `sub` (the account id for the `account` scope). */
export interface Principal {
  subject: string;
  scopes: ReadonlySet<Scope>;
}
