import { expect } from 'chai';
import fc from 'fast-check';
import { AppError } from '../../../src/errors.js';
import { checkFormFields } from '../../../src/http/check-request-input.js';
import { certificateFileName, certificateType } from '../../../src/features/transfer-tickets/rules/certificate-type.js';
import { isCalendarDate, MAX_NOTE_LENGTH, MAX_REFERENCE_LENGTH, parseTicketFields } from '../../../src/features/transfer-tickets/rules/ticket-fields.js';
import { ATTACK_PANS, cardNumberForms } from '../../helpers/card-number-forms.js';

const TODAY = '2026-12-04';
const MAX = 99_999_999;
const valid = { amount: '50000', currency: 'usd', reference: 'INV-1', paid_on: '2026-11-30' };

/** The error code parseTicketFields throws for these fields, or 'ok'. */
function outcome(fields: Record<string, string>): string {
  try {
    parseTicketFields(fields, TODAY, MAX);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

describe('transfer ticket rules', () => {
  describe('certificateType', () => {
    const signatures: Array<[string, number[]]> = [
      ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
      ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
      ['image/jpeg', [0xff, 0xd8, 0xff]],
    ];

    it('when any bytes follow a signature, then the type is that signature’s; bytes that start with none are no type', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(...signatures), (rest, [type, signature]) => {
          expect(certificateType(Uint8Array.from([...signature, ...rest]))).to.equal(type);
          const startsWithOne = signatures.some(([, bytes]) => rest.length >= bytes.length && bytes.every((byte, index) => rest[index] === byte));
          expect(certificateType(rest) !== undefined).to.equal(startsWithOne);
        }),
      );
    });

    it('when text pretends to be a file (HTML, a name ending .pdf, a truncated signature), then it is no type', () => {
      for (const text of ['<!doctype html><p>%PDF-', 'certificate.pdf', '%PDF', ' %PDF-1.7', '\uFEFF%PDF-1.7']) {
        expect(certificateType(Buffer.from(text)), text).to.equal(undefined);
      }
      expect(certificateType(Uint8Array.from([0xff, 0xd8]))).to.equal(undefined);
    });

    it('when the download is named, then it carries our id and the real type’s extension, never the customer’s name', () => {
      expect(certificateFileName('tkt_abc', 'image/jpeg')).to.equal('certificate-tkt_abc.jpg');
      expect(certificateFileName('tkt_abc', 'application/pdf')).to.equal('certificate-tkt_abc.pdf');
    });
  });

  describe('parseTicketFields', () => {
    it('when any amount text is given, then it is accepted exactly when it is digits alone for 1..99999999 minor units', () => {
      const amounts = fc.oneof(
        fc.integer({ min: -10, max: 2 * MAX }).map(String),
        fc.stringMatching(/^[0-9]{0,20}$/),
        fc.double().map(String),
        fc.string(),
        fc.constantFrom('12.50', '1e3', '0x10', '+5', '-5', ' 42 ', '٤٢', '42abc', '00042', 'Infinity'),
      );
      fc.assert(
        fc.property(amounts, (amount) => {
          const trimmed = amount.trim();
          const accepted = /^[0-9]+$/.test(trimmed) && Number(trimmed) > 0 && Number(trimmed) <= MAX;
          const expected = trimmed === '' ? 'validation_failed' : accepted ? 'ok' : 'invalid_amount';
          expect(outcome({ ...valid, amount }), JSON.stringify(amount)).to.equal(expected);
          if (accepted) expect(parseTicketFields({ ...valid, amount }, TODAY, MAX).amount).to.equal(Number(trimmed));
        }),
      );
    });

    it('when any date text is given, then it is accepted exactly when it is a real YYYY-MM-DD day from 2000-01-01 to tomorrow', () => {
      const dates = fc.oneof(
        fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
          ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
        fc.string(),
        fc.constantFrom('2026-1-5', '2026/11/30', '30-11-2026', '2026-11-30T00:00:00Z', '2024-02-29', '2023-02-29', '2026-12-05', '2026-12-06'),
      );
      fc.assert(
        fc.property(dates, (paidOn) => {
          const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(paidOn.trim());
          let real = false;
          if (match) {
            const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
            real = m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);
          }
          expect(isCalendarDate(paidOn.trim()), paidOn).to.equal(real);
          const inRange = real && paidOn.trim() >= '2000-01-01' && paidOn.trim() <= '2026-12-05';
          expect(outcome({ ...valid, paid_on: paidOn }), JSON.stringify(paidOn)).to.equal(inRange ? 'ok' : 'validation_failed');
        }),
      );
    });

    it('when any reference and note are given, then they are kept trimmed, refused only when the reference is blank or either is too long', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 1100 }), { nil: undefined }), (reference, note) => {
          const fields: Record<string, string> = { ...valid, reference, ...(note !== undefined ? { note } : {}) };
          const ok = reference.trim() !== '' && reference.trim().length <= MAX_REFERENCE_LENGTH && (note?.trim().length ?? 0) <= MAX_NOTE_LENGTH;
          expect(outcome(fields)).to.equal(ok ? 'ok' : 'validation_failed');
          if (ok) {
            const parsed = parseTicketFields(fields, TODAY, MAX);
            expect(parsed.reference).to.equal(reference.trim());
            expect(parsed.note).to.equal(note === undefined || note.trim() === '' ? null : note.trim());
          }
        }),
      );
    });

    it('when a field the form does not have is sent, then the ticket is refused naming it', () => {
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((name) => !['amount', 'currency', 'reference', 'paid_on', 'note'].includes(name)), (name) => {
          try {
            parseTicketFields({ ...valid, [name]: 'x' }, TODAY, MAX);
            expect.fail('accepted an unknown field');
          } catch (error) {
            expect((error as AppError).code).to.equal('validation_failed');
            expect((error as AppError).extra.errors).to.deep.include({ field: name, message: 'is not a known field' });
          }
        }),
      );
    });

    it('when the currency is not three letters, then validation_failed; three letters of either case are upper-cased', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 6 }), (currency) => {
          const ok = /^[A-Za-z]{3}$/.test(currency.trim());
          expect(outcome({ ...valid, currency }), JSON.stringify(currency)).to.equal(ok ? 'ok' : 'validation_failed');
          if (ok) expect(parseTicketFields({ ...valid, currency }, TODAY, MAX).currency).to.equal(currency.trim().toUpperCase());
        }),
      );
    });
  });

  describe('checkFormFields (the input rules on the form’s text)', () => {
    it('when a card number hides in any field, in any of its disguises, then raw_card_data_refused', () => {
      const forms = ATTACK_PANS.flatMap((pan) => cardNumberForms(pan).map(([, text]) => text));
      fc.assert(
        fc.property(fc.constantFrom('reference', 'note', 'amount', 'currency', 'paid_on'), fc.constantFrom(...forms), fc.string({ maxLength: 10 }), (field, form, prefix) => {
          try {
            checkFormFields({ ...valid, [field]: `${prefix.replace(/[0-9]/g, '')} ${form}` });
            expect.fail(`accepted ${field}`);
          } catch (error) {
            expect(['raw_card_data_refused', 'validation_failed']).to.include((error as AppError).code);
          }
        }),
      );
    });

    it('when a control character is in a field, then validation_failed names it; tab and line break only in the note', () => {
      expect(() => checkFormFields({ ...valid, note: 'line one\nline two\tend' })).to.not.throw();
      for (const field of ['reference', 'amount', 'currency', 'paid_on']) {
        try {
          checkFormFields({ ...valid, [field]: 'a\nb' });
          expect.fail(`accepted a line break in ${field}`);
        } catch (error) {
          expect((error as AppError).extra.errors).to.deep.equal([{ field, message: (error as AppError).extra.errors![0]!.message }]);
        }
      }
    });
  });
});
