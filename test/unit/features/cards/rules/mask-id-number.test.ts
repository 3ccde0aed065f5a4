import { expect } from 'chai';
import { maskIdNumber } from '../../../../../src/features/cards/rules/mask-id-number.js';

describe('maskIdNumber', () => {
  const cases: Array<[string, string, string]> = [
    ['an eight-digit RUT', '12345678-5', '*****678-5'],
    ['a seven-digit RUT', '1234567-4', '****567-4'],
    ['a RUT with check digit K', '10000013-K', '*****013-K'],
    ['a long OTRO id', 'P12345678901', '*******78901'],
    ['an OTRO id of nine characters', 'X98765432', '****65432'],
    ['an OTRO id of six characters', 'AB1234', '****34'],
    ['an OTRO id of five characters', 'AB123', '****3'],
    ['a one-digit RUT', '6-K', '***'],
    ['an empty string', '', ''],
  ];
  for (const [description, input, masked] of cases) {
    it(`when the id is ${description}, then it reads ${JSON.stringify(masked)}`, () => {
      expect(maskIdNumber(input)).to.equal(masked);
    });
  }

  it('when any id is masked, then its length is kept and at least four characters are hidden', () => {
    for (const id of ['12345678-5', 'AB123', 'ABCDEFGHIJKLMNOPQRST', '1-9']) {
      const masked = maskIdNumber(id);
      expect(masked).to.have.length(id.length);
      expect(masked.match(/\*/g) ?? []).to.have.length.of.at.least(Math.min(4, id.length));
    }
  });
});
