// Card brands as people write them, the same on every page (customer and support).
const brands = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };

export const brandName = (code) => brands[code] ?? (code ? code.charAt(0).toUpperCase() + code.slice(1) : '');

// A card tile's mark: the brand's short form in its colours, drawn in CSS (no logo files to
// license or fetch). Decorative: the tile's text names the brand already, so screen readers skip it.
const marks = { visa: 'VISA', mastercard: 'MC', amex: 'AMEX', discover: 'DISC', diners: 'DC', jcb: 'JCB', unionpay: 'UP' };

export const brandMark = (code) => ({ text: marks[code] ?? (code ? code.slice(0, 4).toUpperCase() : 'CARD'), className: `brand-mark brand-${marks[code] ? code : 'other'}` });
