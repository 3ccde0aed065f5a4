import { expect } from 'chai';
import fc from 'fast-check';
import { findCardNumber, hasCardNumber, redactCardNumbers } from '../../../src/http/find-card-number.js';
import { foldText } from '../../../src/http/fold-text.js';
import { cardNumberForms } from '../../helpers/card-number-forms.js';

const CARD = '4242424242424242';
/** The card's digits in another script, whose zero is `zero`. */
const inScript = (zero: number, card = CARD) => [...card].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');

// Every form from issue 8, for a Visa, a Mastercard and a 15-digit American Express number.
const forms: Array<[string, string]> = ['4242424242424242', '5555555555554444', '378282246310005'].flatMap((card) =>
  cardNumberForms(card).map(([description, text]): [string, string] => [`${description} (${card.slice(0, 4)}…)`, text]),
);

describe('card-number detection against deliberate disguises', () => {
  for (const [description, text] of forms) {
    it(`when a string holds a card number written with ${description}, then it is found`, () => {
      expect(hasCardNumber(text), JSON.stringify(text)).to.equal(true);
      expect(findCardNumber({ name: `pay with ${text} please` })).to.equal(true);
    });

    it(`when a log line holds a card number written with ${description}, then the line is redacted and still parses`, () => {
      const line = JSON.stringify({ msg: `card ${text} ok`, n: 1 });
      const redacted = redactCardNumbers(line);
      const parsed = JSON.parse(redacted) as { msg: string; n: number };
      // Text around the number (an id's `k_` prefix, a hash's tail) may stay; the digits may not.
      expect(parsed.n).to.equal(1);
      expect(parsed.msg).to.match(/^card .*\[REDACTED\].* ok$/);
      expect(findCardNumber(parsed), redacted).to.equal(false);
      if (!/^[a-z]_|aaaa$/.test(text)) expect(parsed.msg).to.equal('card [REDACTED] ok');
    });
  }

  it('when a log line carries the separators as JSON escapes, then the escaped characters are read', () => {
    const line = '{"msg":"4242\\u200b4242\\u200b4242\\u200b4242","x":"4242\\u00004242\\u00004242\\u00004242"}';
    expect(JSON.parse(redactCardNumbers(line))).to.deep.equal({ msg: '[REDACTED]', x: '[REDACTED]' });
  });

  it('when digits of every script are folded, then each reads as its ASCII value', () => {
    for (const zero of [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1040, 0xff10, 0x1d7ce, 0x1d7d8]) {
      expect(foldText(inScript(zero, '0123456789')), zero.toString(16)).to.equal('0123456789');
    }
  });

  describe('properties', () => {
    const luhnCard = fc
      .tuple(fc.constantFrom('4', '5', '37', '6011', '2223'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }))
      .map(([prefix, rest]) => {
        const body = (prefix + rest.join('')).slice(0, 15);
        for (let check = 0; check <= 9; check += 1) if (passesLuhn(body + check)) return body + check;
        throw new Error('unreachable');
      });
    const zeros = fc.constantFrom(0x30, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10);
    const separator = fc.constantFrom(' ', '-', '\u2013', '\u2014', '\u2212', '\u2010', '\u2011', '\u2012', ',', ':', '|', '+', '.', '/', '\u00A0', '\u3000', ' - ');
    const invisible = fc.constantFrom('', '', '\u200B', '\u200D', '\u2060', '\u00AD', '\u200F', '\u0301', '\u20E3');

    it('when a Luhn-valid card is written in any script, with any separator and invisible characters, then it is found and redacted', () => {
      fc.assert(
        fc.property(luhnCard, zeros, separator, invisible, fc.boolean(), (card, zero, sep, hidden, grouped) => {
          const digits = [...card].map((digit) => String.fromCodePoint(zero + Number(digit)) + hidden);
          const parts = grouped ? [0, 4, 8, 12].map((at) => digits.slice(at, at + 4).join('')) : [digits.join('')];
          const text = parts.join(sep);
          expect(hasCardNumber(text), JSON.stringify(text)).to.equal(true);
          const redacted = redactCardNumbers(JSON.stringify({ msg: `x ${text} y` }));
          expect(hasCardNumber((JSON.parse(redacted) as { msg: string }).msg), redacted).to.equal(false);
        }),
        { seed: 8, numRuns: 500 },
      );
    });

    it('when text has no run of 13 digits, even after folding, then nothing is found', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
          const folded = foldText(text).replace(/[^0-9]/g, '');
          fc.pre(folded.length < 13);
          expect(hasCardNumber(text)).to.equal(false);
        }),
        { seed: 8, numRuns: 500 },
      );
    });
  });
});

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
