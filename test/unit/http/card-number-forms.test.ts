import { expect } from 'chai';
import fc from 'fast-check';
import { findCardNumber, hasCardNumber, redactCardNumbers } from '../../../src/http/find-card-number.js';
import { foldText } from '../../../src/http/fold-text.js';

const CARD = '4242424242424242';
/** Groups of four digits; a digit keeps the marks typed after it. */
const groups = (card: string) => {
  const digits = card.match(/\P{M}\p{M}*/gu)!;
  return [0, 4, 8, 12].map((at) => digits.slice(at, at + 4).join(''));
};
const joined = (separator: string, card = CARD) => groups(card).join(separator);
/** The card's digits in another script, whose zero is `zero`. */
const inScript = (zero: number, card = CARD) => [...card].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');

// Every way of writing a card number the outside tester used to get one stored (issue 8, item 4).
const forms: Array<[string, string]> = [
  ['en dashes', joined('\u2013')],
  ['em dashes', joined('\u2014')],
  ['minus signs (U+2212)', joined('\u2212')],
  ['hyphens (U+2010)', joined('\u2010')],
  ['non-breaking hyphens (U+2011)', joined('\u2011')],
  ['figure dashes (U+2012)', joined('\u2012')],
  ['Arabic-Indic digits', inScript(0x0660)],
  ['Persian digits', inScript(0x06f0)],
  ['Devanagari digits', inScript(0x0966)],
  ['Bengali digits', inScript(0x09e6)],
  ['Thai digits', inScript(0x0e50)],
  ['Arabic-Indic digits in groups with spaces', joined(' ', inScript(0x0660))],
  ['zero-width spaces between the groups', joined('\u200B')],
  ['zero-width joiners between the groups', joined('\u200D')],
  ['word joiners between the groups', joined('\u2060')],
  ['soft hyphens between the groups', joined('\u00AD')],
  ['right-to-left marks between the groups', joined('\u200F')],
  ['zero-width spaces between every digit', [...CARD].join('\u200B')],
  ['a combining acute accent on every digit', [...CARD].map((digit) => `${digit}\u0301`).join('')],
  ['a combining tilde on every digit, in groups', joined(' ', [...CARD].map((digit) => `${digit}\u0303`).join(''))],
  ['keycap marks on the digits', [...CARD].map((digit) => `${digit}\uFE0F\u20E3`).join('')],
  ['commas as separators', joined(',')],
  ['colons as separators', joined(':')],
  ['pipes as separators', joined('|')],
  ['plus signs as separators', joined('+')],
  ['a separator run of a space, an en dash and a space', joined(' \u2013 ')],
  ['a no-break space as separator', joined('\u00A0')],
  ['full-width digits with a soft hyphen and an em dash', joined('\u00AD\u2014', '４２４２４２４２４２４２４２４２')],
  ['an American Express number with en dashes', '3782\u2013822463\u201310005'],
  ['a Mastercard number in Devanagari with RLMs', joined('\u200F', inScript(0x0966, '5555555555554444'))],
];

describe('card-number detection against deliberate disguises', () => {
  for (const [description, text] of forms) {
    it(`when a string holds a card number written with ${description}, then it is found`, () => {
      expect(hasCardNumber(text), JSON.stringify(text)).to.equal(true);
      expect(findCardNumber({ name: `pay with ${text} please` })).to.equal(true);
    });

    it(`when a log line holds a card number written with ${description}, then the line is redacted and still parses`, () => {
      const line = JSON.stringify({ msg: `card ${text} ok`, n: 1 });
      const redacted = redactCardNumbers(line);
      expect(JSON.parse(redacted)).to.deep.equal({ msg: 'card [REDACTED] ok', n: 1 });
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
