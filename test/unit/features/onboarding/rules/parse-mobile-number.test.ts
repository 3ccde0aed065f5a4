import { expect } from 'chai';
import {
  normalizePhoneForSearch,
  parseMobileNumber,
} from '../../../../../src/features/onboarding/rules/parse-mobile-number.js';

describe('parseMobileNumber', () => {
  describe('mobile numbers of the account country', () => {
    const cases: Array<[string, string, string]> = [
      ['CL', '9 6123 4567', '+56961234567'],
      ['CL', '+56 9 6123 4567', '+56961234567'],
      ['CL', '0056 9 6123 4567', '+56961234567'],
      ['US', '(201) 555-0123', '+12015550123'],
      ['US', '+1 201 555 0123', '+12015550123'],
      ['CA', '416-555-0123', '+14165550123'],
      ['GB', '07400 123456', '+447400123456'],
      ['GB', '+44 7400 123456', '+447400123456'],
      ['JE', '07797 712345', '+447797712345'],
      ['DE', '01512 3456789', '+4915123456789'],
      ['DE', '+49 151 23456789', '+4915123456789'],
      ['ES', '612 345 678', '+34612345678'],
      ['ES', '+34 612-345-678', '+34612345678'],
      ['MX', '222 123 4567', '+522221234567'],
      ['MX', '+52 222 123 4567', '+522221234567'],
      ['BR', '(11) 96123-4567', '+5511961234567'],
      ['BR', '+55 11 96123 4567', '+5511961234567'],
      ['JP', '090-1234-5678', '+819012345678'],
      ['JP', '+81 90 1234 5678', '+819012345678'],
      ['IN', '081234 56789', '+918123456789'],
      ['IN', '+91 81234 56789', '+918123456789'],
      ['RU', '+7 912 345 6789', '+79123456789'],
      ['KZ', '+7 701 000 9998', '+77010009998'],
    ];
    for (const [country, input, e164] of cases) {
      it(`when a ${country} account gives ${JSON.stringify(input)}, then it is accepted as ${e164}`, () => {
        expect(parseMobileNumber(input, country)).to.deep.equal({ ok: true, e164 });
      });
    }

    it('when the account country is lower case, then it is read as upper case', () => {
      expect(parseMobileNumber('+7 912 345 6789', 'ru')).to.deep.equal({ ok: true, e164: '+79123456789' });
    });

    it('when a Mexican mobile carries the legacy "1" after +52, then the modern number is kept', () => {
      expect(parseMobileNumber('+52 1 222 123 4567', 'MX')).to.deep.equal({ ok: true, e164: '+522221234567' });
    });

    it('when the plan cannot tell mobile from fixed line (a Santiago landline), then it is accepted', () => {
      // libphonenumber's metadata types every Chilean geographic number FIXED_LINE_OR_MOBILE; the
      // SMS step, not this rule, is what proves the number can receive texts.
      expect(parseMobileNumber('2 2123 4567', 'CL')).to.deep.equal({ ok: true, e164: '+56221234567' });
    });
  });

  describe('numbers that are not mobile', () => {
    const cases: Array<[string, string, string]> = [
      ['CL', '600 123 4567', 'a shared-cost number'],
      ['US', '1-800-555-0123', 'a toll-free number'],
      ['GB', '020 7946 0958', 'a London landline'],
      ['GB', '0800 123 4567', 'a freephone number'],
      ['DE', '030 123456', 'a Berlin landline'],
      ['DE', '+49 30 123456', 'a Berlin landline in E.164'],
      ['ES', '912 345 678', 'a Madrid landline'],
      ['MX', '800 123 4567', 'a toll-free number'],
      ['BR', '11 3123-4567', 'a São Paulo landline'],
      ['JP', '03-1234-5678', 'a Tokyo landline'],
      ['JP', '0120-123-456', 'a free-dial number'],
      ['IN', '011 2345 6789', 'a Delhi landline'],
    ];
    for (const [country, input, description] of cases) {
      it(`when a ${country} account gives ${description}, then it is phone_not_mobile`, () => {
        expect(parseMobileNumber(input, country)).to.deep.equal({ ok: false, code: 'phone_not_mobile' });
      });
    }
  });

  describe('numbers of another country', () => {
    const cases: Array<[string, string, string]> = [
      ['US', '+1 416 555 0123', 'a Canadian number under the shared +1'],
      ['CA', '(201) 555-0123', 'a US number typed nationally'],
      ['GB', '+44 7797 712345', 'a Jersey mobile under the shared +44'],
      ['RU', '+7 701 000 9998', 'a Kazakh mobile under the shared +7'],
      ['KZ', '+7 912 345 6789', 'a Russian mobile under the shared +7'],
      ['CL', '+34 612 345 678', 'a Spanish mobile'],
      ['DE', '+56 9 6123 4567', 'a Chilean mobile'],
      ['CL', '+800 1234 5678', 'a non-geographic number'],
      ['XX', '+56 9 6123 4567', 'any number for an unknown account country'],
    ];
    for (const [country, input, description] of cases) {
      it(`when a ${country} account gives ${description}, then it is phone_region_mismatch`, () => {
        expect(parseMobileNumber(input, country)).to.deep.equal({ ok: false, code: 'phone_region_mismatch' });
      });
    }
  });

  describe('invalid input', () => {
    const cases: Array<[string, string, string]> = [
      ['CL', '', 'nothing'],
      ['CL', 'abc', 'letters'],
      ['CL', '12', 'two digits'],
      ['CL', '+56 9 6123 45678', 'one digit too many'],
      ['GB', '07700 900123', 'an unallocated (drama) range'],
      ['CL', 'call +56 9 6123 4567', 'a number inside a sentence'],
      ['CL', '+56 9 6123 4567 ext. 3', 'an extension'],
      ['XX', '9 6123 4567', 'a national number for an unknown account country'],
    ];
    for (const [country, input, description] of cases) {
      it(`when a ${country} account gives ${description}, then it is invalid_phone`, () => {
        expect(parseMobileNumber(input, country)).to.deep.equal({ ok: false, code: 'invalid_phone' });
      });
    }
  });
});

describe('normalizePhoneForSearch', () => {
  const found: Array<[string, string]> = [
    ['+56 9 6123 4567', '+56961234567'],
    ['+56961234567', '+56961234567'],
    ['0056-9-6123-4567', '+56961234567'],
    ['(56) 961234567', '+56961234567'],
    ['56961234567', '+56961234567'],
    ['+1 (201) 555-0123', '+12015550123'],
    ['12015550123', '+12015550123'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+49.30.123456', '+4930123456'],
    ['+52 1 222 123 4567', '+522221234567'],
    [' +81 90-1234-5678 ', '+819012345678'],
  ];
  for (const [input, e164] of found) {
    it(`when support quotes ${JSON.stringify(input)}, then it reads ${e164}`, () => {
      expect(normalizePhoneForSearch(input)).to.equal(e164);
    });
  }

  it('when support quotes digits without any prefix, then they are read as international, even if meant nationally', () => {
    // The accepted ambiguity of "with or without +": a US number typed nationally reads as Egyptian (+20).
    expect(normalizePhoneForSearch('(201) 555-0123')).to.equal('+2015550123');
  });

  const notFound: Array<[string, string]> = [
    ['09 6123 4567', 'a national number with a trunk zero'],
    ['+999 1234 5678', 'an unassigned calling code'],
    ['', 'nothing'],
    ['abc', 'letters'],
    ['+56 9 6123 4567 x', 'trailing text'],
    ['+56 9 6123 4567 8901 2345', 'more digits than E.164 allows'],
  ];
  for (const [input, description] of notFound) {
    it(`when support quotes ${description}, then there is no number to search for`, () => {
      expect(normalizePhoneForSearch(input)).to.equal(undefined);
    });
  }
});
