// Card brands as people write them, in every text the service writes (API messages, emails, the
// support CLI); the API's `brand` fields keep the gateway's lower-case codes, as Stripe's do.
// The pages have the same list in src/web/shared/brands.js (browser code cannot import this file).
const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

export const brandName = (code: string | null | undefined): string =>
  (code ? (brandNames[code] ?? code.charAt(0).toUpperCase() + code.slice(1)) : 'card');
