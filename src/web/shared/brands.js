// Card brands as people write them, the same on every page (customer and support).
const brands = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };

export const brandName = (code) => brands[code] ?? (code ? code.charAt(0).toUpperCase() + code.slice(1) : '');
