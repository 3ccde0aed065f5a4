import { expect } from 'chai';
import { parseRut, rutCheckDigit } from '../../../../../src/features/cards/rules/parse-rut.js';

describe('parseRut', () => {
  describe('valid RUTs', () => {
    const cases: Array<[string, string]> = [
      ['12.345.678-5', '12345678-5'],
      ['12345678-5', '12345678-5'],
      ['123456785', '12345678-5'],
      ['1.234.567-4', '1234567-4'],
      ['1234567-4', '1234567-4'],
      ['76.086.428-5', '76086428-5'],
      ['10.000.013-K', '10000013-K'],
      ['10000013-k', '10000013-K'],
      ['10000013k', '10000013-K'],
      ['1.000.005-K', '1000005-K'],
      ['10.000.004-0', '10000004-0'],
      ['  12.345.678-5 \t', '12345678-5'],
      ['012345678-5', '12345678-5'],
      ['6-K', '6-K'],
      ['99.999.999-9', '99999999-9'],
    ];
    for (const [input, normalized] of cases) {
      it(`when the input is ${JSON.stringify(input)}, then it is accepted as ${normalized}`, () => {
        expect(parseRut(input)).to.deep.equal({ ok: true, normalized });
      });
    }
  });

  describe('wrong check digit', () => {
    for (const input of ['12.345.678-6', '12345678-K', '123456780', '10.000.013-0', '10000004-K', '1.000.005-9']) {
      it(`when the input is ${JSON.stringify(input)}, then it is refused`, () => {
        expect(parseRut(input)).to.deep.equal({ ok: false });
      });
    }
  });

  describe('malformed input', () => {
    const cases: Array<[string, string]> = [
      ['', 'nothing'],
      ['   ', 'only whitespace'],
      ['5', 'a check digit without a body'],
      ['-5', 'a hyphen and check digit only'],
      ['0-0', 'a body of zero'],
      ['123.456.789-2', 'a nine-digit body'],
      ['1234567890-1', 'a ten-digit body'],
      ['0000012345678-5', 'padding beyond one zero'],
      ['12.345678-5', 'dots in the wrong places'],
      ['1.2345.678-5', 'a four-digit dot group'],
      ['12,345,678-5', 'commas for dots'],
      ['12345678--5', 'a doubled hyphen'],
      ['12345678-55', 'a two-character check digit'],
      ['12345678-X', 'a letter other than K'],
      ['12A45678-5', 'a letter in the body'],
      ['12 345 678-5', 'inner spaces'],
      ['12345678 -5', 'a space before the hyphen'],
      ['１２３４５６７８-５', 'full-width digits'],
      ['12345678-\u212A', 'the Kelvin sign instead of K'],
    ];
    for (const [input, description] of cases) {
      it(`when the input has ${description}, then it is refused`, () => {
        expect(parseRut(input)).to.deep.equal({ ok: false });
      });
    }
  });
});

describe('rutCheckDigit', () => {
  it('when the weighted sum leaves 11, then the digit is 0', () => {
    expect(rutCheckDigit('10000004')).to.equal('0');
  });

  it('when the weighted sum leaves 10, then the digit is K', () => {
    expect(rutCheckDigit('10000013')).to.equal('K');
    expect(rutCheckDigit('6')).to.equal('K');
  });

  it('when the body is longer than six digits, then the weights cycle back to 2', () => {
    // 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·2 + 1·3 = 138; 138 mod 11 = 6; 11 − 6 = 5.
    expect(rutCheckDigit('12345678')).to.equal('5');
  });
});
