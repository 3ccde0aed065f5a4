/**
 * Chilean RUT (Rol Único Tributario): a body of up to eight digits and a modulo-11 check digit.
 * Customers type it with or without the thousands dots and the hyphen, so `12.345.678-5`,
 * `12345678-5` and `123456785` are the same RUT; we store it as `12345678-5`.
 */
export type ParsedRut = { ok: true; normalized: string } | { ok: false };

// Dots, when present, must sit where thousands separators go: `12.345.678`, not `1.2345678`.
const RUT_PATTERN = /^(\d{1,3}(?:\.\d{3}){1,2}|\d+)-?([0-9K])$/i;
const MAX_BODY_DIGITS = 8;
// Some systems pad the body with a leading zero (`012345678-5`); more padding than that is noise.
const MAX_TYPED_BODY_DIGITS = MAX_BODY_DIGITS + 1;

export function parseRut(input: string): ParsedRut {
  const match = RUT_PATTERN.exec(input.trim());
  if (!match) return { ok: false };
  const typedBody = match[1]!.replaceAll('.', '');
  const body = typedBody.replace(/^0+/, '');
  const checkDigit = match[2]!.toUpperCase();
  if (typedBody.length > MAX_TYPED_BODY_DIGITS || body.length === 0 || body.length > MAX_BODY_DIGITS) {
    return { ok: false };
  }
  if (rutCheckDigit(body) !== checkDigit) return { ok: false };
  return { ok: true, normalized: `${body}-${checkDigit}` };
}

/** Modulo 11 with weights 2, 3, …, 7 repeating from the rightmost digit; 11 reads `0`, 10 reads `K`. */
export function rutCheckDigit(body: string): string {
  let sum = 0;
  let weight = 2;
  for (let index = body.length - 1; index >= 0; index -= 1) {
    sum += Number(body[index]) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const digit = 11 - (sum % 11);
  if (digit === 11) return '0';
  if (digit === 10) return 'K';
  return String(digit);
}
