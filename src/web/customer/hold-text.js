import { formatMoney } from '../shared/dom.js';

/** The verification hold, explained before the card is entered. */
export function holdExplanation(ctx) {
  const currency = ctx.currency(ctx.account.currency);
  const amount = formatMoney(currency.verification_amount, currency.code, currency.decimals);
  return `To check the card we place a temporary hold of ${amount} on it. It is not a charge: we release the hold ourselves, and your bank shows it as pending until then.`;
}

/** What the customer is told once a card is saved. */
export function savedText(card, verification, currency) {
  const held = verification ? ` We placed a hold of ${formatMoney(verification.amount, verification.currency, currency.decimals)} to check it; it will be released, you are not charged.` : '';
  return `Card saved: ${cardName(card)}.${held}`;
}

const brands = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };
export const cardName = (card) => (card.last4 ? `${brands[card.brand] ?? card.brand ?? 'Card'} ending ${card.last4}` : 'A card that was not saved');
