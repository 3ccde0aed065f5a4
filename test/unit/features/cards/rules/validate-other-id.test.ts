import { expect } from 'chai';
import { validateOtherId } from '../../../../../src/features/cards/rules/validate-other-id.js';

describe('validateOtherId', () => {
  for (const [input, normalized] of [
    ['AB123', 'AB123'],
    ['p1234567', 'P1234567'],
    ['  X9876543 ', 'X9876543'],
    ['12345678901234567890', '12345678901234567890'],
    ['abcde', 'ABCDE'],
  ]) {
    it(`when the id is ${JSON.stringify(input)}, then it is accepted as ${normalized}`, () => {
      expect(validateOtherId(input!)).to.deep.equal({ ok: true, normalized });
    });
  }

  for (const [input, description] of [
    ['', 'is empty'],
    ['AB12', 'has four characters'],
    ['123456789012345678901', 'has twenty-one characters'],
    ['AB-1234', 'has a hyphen'],
    ['AB 1234', 'has an inner space'],
    ['AB.1234', 'has a dot'],
    ['ÑANDU123', 'has a non-ASCII letter'],
    ['straße1', 'has a letter that upper-cases into ASCII'],
    ['１２３４５', 'has full-width digits'],
  ]) {
    it(`when the id ${description}, then it is refused`, () => {
      expect(validateOtherId(input!)).to.deep.equal({ ok: false });
    });
  }
});
