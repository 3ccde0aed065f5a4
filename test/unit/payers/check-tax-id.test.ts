import { expect } from 'chai';
import fc from 'fast-check';
import { checkIdDocument } from '../../../src/features/cards/rules/check-id-document.js';
import { rutCheckDigit } from '../../../src/features/cards/rules/parse-rut.js';
import { checkTaxId } from '../../../src/features/payers/rules/check-tax-id.js';

const rutBody = fc.integer({ min: 1, max: 99_999_999 }).map(String);
const dotted = (body: string) => body.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('a payer\'s tax id (checkTaxId)', () => {
  it('when a Chilean payer gives a RUT, then it is accepted exactly when card entry accepts it as the holder\'s RUT, normalized the same way', () => {
    const typed = fc.oneof(
      // Valid RUTs, typed as customers do: with or without dots and hyphen.
      fc.tuple(rutBody, fc.boolean(), fc.boolean()).map(([body, dots, hyphen]) => `${dots ? dotted(body) : body}${hyphen ? '-' : ''}${rutCheckDigit(body)}`),
      // Anything else a customer might type.
      fc.string({ maxLength: 14 }),
      fc.tuple(rutBody, fc.constantFrom(...'0123456789Kk')).map(([body, digit]) => `${body}-${digit}`),
    );
    fc.assert(
      fc.property(typed, (taxId) => {
        fc.pre(taxId.trim() !== '');
        const payer = checkTaxId('CL', taxId, undefined);
        const holder = checkIdDocument('CL', 'RUT', taxId);
        expect(payer.ok).to.equal(holder.ok);
        if (payer.ok && holder.ok) expect(payer).to.deep.equal({ ok: true, taxId: holder.document!.normalized, taxIdType: 'RUT' });
        if (!payer.ok) expect(payer.code).to.equal('invalid_rut');
      }),
      { numRuns: 500 },
    );
  });

  it('when a Chilean payer names another type, or a type without a number, then it is refused; no tax id at all is fine', () => {
    expect(checkTaxId('CL', '12.345.678-5', 'VAT')).to.deep.include({ ok: false, field: 'tax_id_type' });
    expect(checkTaxId('CL', undefined, 'RUT')).to.deep.include({ ok: false, field: 'tax_id' });
    expect(checkTaxId('CL', null, null)).to.deep.equal({ ok: true, taxId: null, taxIdType: null });
    expect(checkTaxId('cl', ' 12345678-5 ', 'rut')).to.deep.equal({ ok: true, taxId: '12345678-5', taxIdType: 'RUT' });
  });

  it('when a payer outside Chile gives a tax id, then it needs a type of a plausible shape and is kept as typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Z0-9_]{1,19}$/), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .\-/]{2,39}$/), (type, number) => {
        fc.pre(type !== 'RUT' && number.trim() === number);
        expect(checkTaxId('US', number, type)).to.deep.equal({ ok: true, taxId: number, taxIdType: type });
        expect(checkTaxId('US', number, undefined)).to.deep.include({ ok: false, field: 'tax_id_type' });
      }),
      { numRuns: 200 },
    );
    expect(checkTaxId('DE', 'DE123456789', 'vat')).to.deep.equal({ ok: true, taxId: 'DE123456789', taxIdType: 'VAT' });
    expect(checkTaxId('DE', '!!', 'VAT')).to.deep.include({ ok: false, field: 'tax_id' });
    // RUT named outside Chile is still checked as a RUT.
    expect(checkTaxId('US', '12.345.678-9', 'RUT')).to.deep.include({ ok: false, code: 'invalid_rut' });
  });
});
