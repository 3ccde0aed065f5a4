import { AppError, type FieldError } from '../../../errors.js';

/** A ticket's text fields as the form sends them (every value a string), once checked. */
export interface TicketFields {
  amount: number;
  /** Upper case. */
  currency: string;
  reference: string;
  /** YYYY-MM-DD. */
  paidOn: string;
  note: string | null;
}

export const TICKET_TEXT_FIELDS = ['amount', 'currency', 'reference', 'paid_on', 'note'] as const;
export const MAX_REFERENCE_LENGTH = 255;
export const MAX_NOTE_LENGTH = 1000;
export const EARLIEST_PAID_ON = '2000-01-01';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day after `today` (YYYY-MM-DD): a customer a time zone ahead of UTC may already be there. */
const dayAfter = (today: string) => new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Checks the form's text fields (already free of control characters and card numbers): a bad
 * amount is 422 `invalid_amount`, as on support's transfers; anything else is one 422
 * `validation_failed` naming each field. `today` is the service's UTC date.
 */
export function parseTicketFields(fields: Readonly<Record<string, string>>, today: string, maxAmount: number): TicketFields {
  const errors: FieldError[] = [];
  for (const name of Object.keys(fields)) {
    if (!(TICKET_TEXT_FIELDS as readonly string[]).includes(name)) errors.push({ field: name, message: 'is not a known field' });
  }
  const required = (name: string) => {
    const value = fields[name]?.trim() ?? '';
    if (value === '') errors.push({ field: name, message: 'is required' });
    return value;
  };

  const currency = required('currency');
  if (currency !== '' && !/^[A-Za-z]{3}$/.test(currency)) errors.push({ field: 'currency', message: 'must be a three-letter ISO 4217 code, such as USD or CLP' });
  const reference = required('reference');
  if (reference.length > MAX_REFERENCE_LENGTH) errors.push({ field: 'reference', message: `must be at most ${MAX_REFERENCE_LENGTH} characters` });
  const paidOn = required('paid_on');
  if (paidOn !== '') {
    if (!isCalendarDate(paidOn)) errors.push({ field: 'paid_on', message: 'must be a date written YYYY-MM-DD' });
    else if (paidOn < EARLIEST_PAID_ON || paidOn > dayAfter(today)) errors.push({ field: 'paid_on', message: `must be a day from ${EARLIEST_PAID_ON} to today` });
  }
  const note = fields.note?.trim() ?? '';
  if (note.length > MAX_NOTE_LENGTH) errors.push({ field: 'note', message: `must be at most ${MAX_NOTE_LENGTH} characters` });
  const amountText = fields.amount?.trim() ?? '';
  if (amountText === '') errors.push({ field: 'amount', message: 'is required' });

  if (errors.length > 0) {
    const summary = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
    throw new AppError('validation_failed', `The transfer ticket is invalid: ${summary}.`, { errors });
  }
  // Digits only: "12.50", "1e3" or "-5" would each be read differently by someone.
  const amount = /^[0-9]{1,16}$/.test(amountText) ? Number(amountText) : NaN;
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > maxAmount) {
    const message = `must be a positive whole number of minor units (12.50 USD is 1250; 5,000 CLP is 5000), at most ${maxAmount}`;
    throw new AppError('invalid_amount', `amount ${message}.`, { errors: [{ field: 'amount', message }] });
  }
  return { amount, currency: currency.toUpperCase(), reference, paidOn, note: note === '' ? null : note };
}
