import { parseRut } from '../../cards/rules/parse-rut.js';

export type TaxIdCheck =
  | { ok: true; taxId: string | null; taxIdType: string | null }
  | { ok: false; code: 'invalid_rut' | 'validation_failed'; field: 'tax_id' | 'tax_id_type'; message: string };

// Outside Chile the type is the payer's own word for it (VAT, EIN, CUIT, …) and the number is kept
// as typed, within these shapes: enough to print on a receipt, not a registry check.
const OTHER_TYPE = /^[A-Z][A-Z0-9_]{1,19}$/;
const OTHER_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 .\-/]{2,39}$/;

/**
 * A payer's tax id follows the payer's country (its address). For `CL` the type is `RUT`,
 * checked exactly as on card entry (parseRut: modulo-11 check digit, dots and hyphen accepted,
 * stored as `12345678-5`). Elsewhere a type and number of a plausible shape. Both absent is fine;
 * a number without a type takes `RUT` in Chile and is refused elsewhere.
 */
export function checkTaxId(country: string, taxId: string | null | undefined, taxIdType: string | null | undefined): TaxIdCheck {
  const type = taxIdType?.trim().toUpperCase() || null;
  const number = taxId?.trim() || null;
  if (number === null) {
    if (type !== null) return { ok: false, code: 'validation_failed', field: 'tax_id', message: 'Give tax_id with tax_id_type (or neither).' };
    return { ok: true, taxId: null, taxIdType: null };
  }
  if (country.toUpperCase() === 'CL' || type === 'RUT') {
    if (type !== null && type !== 'RUT') return { ok: false, code: 'validation_failed', field: 'tax_id_type', message: 'Chilean payers give their RUT: tax_id_type must be RUT.' };
    const rut = parseRut(number);
    if (!rut.ok) return { ok: false, code: 'invalid_rut', field: 'tax_id', message: 'This RUT is not valid: check the number and its check digit (for example 12.345.678-5).' };
    return { ok: true, taxId: rut.normalized, taxIdType: 'RUT' };
  }
  if (type === null) return { ok: false, code: 'validation_failed', field: 'tax_id_type', message: 'Say what kind of tax id this is in tax_id_type (for example VAT or EIN).' };
  if (!OTHER_TYPE.test(type)) return { ok: false, code: 'validation_failed', field: 'tax_id_type', message: 'tax_id_type is 2 to 20 letters, digits or underscores (for example VAT or EIN).' };
  if (!OTHER_NUMBER.test(number)) return { ok: false, code: 'validation_failed', field: 'tax_id', message: 'tax_id is 3 to 40 letters or digits (spaces, dots, hyphens and slashes allowed).' };
  return { ok: true, taxId: number, taxIdType: type };
}
