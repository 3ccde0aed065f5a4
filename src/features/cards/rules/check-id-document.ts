import type { IdType } from '../card-store.js';
import { parseRut } from './parse-rut.js';
import { validateOtherId } from './validate-other-id.js';

export type IdDocumentCheck =
  | { ok: true; document?: { type: IdType; normalized: string } }
  | { ok: false; code: 'id_required' | 'invalid_rut' | 'invalid_id_number'; field: 'id_type' | 'id_number'; message: string };

/** Countries whose card holders must identify themselves when adding a card. */
const ID_REQUIRED_COUNTRIES = new Set(['CL']);

/**
 * Chilean accounts give a RUT (checked with its modulo-11 digit) or another document (`OTRO`).
 * Elsewhere the document is optional, but one that is given is checked the same way: an
 * unchecked value would be stored, encrypted, and shown back as if it were valid.
 */
export function checkIdDocument(country: string, idType: IdType | undefined, idNumber: string | undefined): IdDocumentCheck {
  const required = ID_REQUIRED_COUNTRIES.has(country.toUpperCase());
  if (idType === undefined && idNumber === undefined && !required) return { ok: true };
  if (idType === undefined) {
    return { ok: false, code: 'id_required', field: 'id_type', message: 'Give id_type (RUT or OTRO) with id_number: cards on Chilean accounts need the holder\'s id.' };
  }
  if (idNumber === undefined || idNumber.trim() === '') {
    return { ok: false, code: 'id_required', field: 'id_number', message: `Give the holder's ${idType} number in id_number.` };
  }
  if (idType === 'RUT') {
    const rut = parseRut(idNumber);
    if (!rut.ok) return { ok: false, code: 'invalid_rut', field: 'id_number', message: 'This RUT is not valid: check the number and its check digit (for example 12.345.678-5).' };
    return { ok: true, document: { type: 'RUT', normalized: rut.normalized } };
  }
  const other = validateOtherId(idNumber);
  if (!other.ok) return { ok: false, code: 'invalid_id_number', field: 'id_number', message: 'The id number must be 5 to 20 letters or digits, without spaces or symbols.' };
  return { ok: true, document: { type: 'OTRO', normalized: other.normalized } };
}
