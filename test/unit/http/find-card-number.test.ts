import { expect } from 'chai';
import { findCardNumber, redactCardNumbers } from '../../../src/http/find-card-number.js';

describe('findCardNumber', () => {
  describe('card numbers', () => {
    const cards: Array<[string, string]> = [
      ['a Visa number', '4242424242424242'],
      ['a Visa debit number', '4000056655665556'],
      ['a 13-digit Visa number', '4222222222222'],
      ['a Mastercard number', '5555555555554444'],
      ['a 2-series Mastercard number', '2223003122003222'],
      ['a 15-digit American Express number', '378282246310005'],
      ['a Discover number', '6011111111111117'],
      ['a 14-digit Diners Club number', '36227206271667'],
      ['a JCB number', '3566002020360505'],
      ['a 19-digit UnionPay number', '6205500000000000004'],
      ['a UnionPay number in the 81 range', '8171999927660000'],
      ['a number in groups of four with spaces', '4242 4242 4242 4242'],
      ['a number in groups of four with dashes', '4242-4242-4242-4242'],
      ['an American Express number grouped 4-6-5', '3782 822463 10005'],
      ['a number inside a sentence', 'my card is 4242 4242 4242 4242, exp 12/28'],
      ['a number glued to a word', 'card4242424242424242'],
      ['a grouped number after a date', 'on 2026-11-23 4242 4242 4242 4242'],
      ['a number with a CVC typed after it', '4242 4242 4242 4242 123'],
      ['a number too long for a phone after a plus', '+4242424242424242'],
      // The accepted false positive: a phone number quoted without its + that happens to pass Luhn.
      ['an international phone number without its plus', '4915112345678'],
      ['a number in groups with double spaces', '4242  4242  4242  4242'],
      ['a number in groups with dots', '4242.4242.4242.4242'],
      ['a number in groups with tabs', '4242\t4242\t4242\t4242'],
      ['a number in groups on separate lines', '4242\n4242\n4242\n4242'],
      ['a number in groups with slashes', '4242/4242/4242/4242'],
      ['a number in groups with underscores', '4242_4242_4242_4242'],
      ['a number in groups with spaced dashes', '4242 - 4242 - 4242 - 4242'],
      ['a grouped number glued to a word', 'Visa4242 4242 4242 4242'],
      ['a dashed number glued to a word', 'Visa4242-4242-4242-4242'],
      ['a dashed number after a label and a colon', 'card:4242-4242-4242-4242'],
      ['a dashed number after a word and a dash', 'card-4242-4242-4242-4242'],
      ['a dashed number beside a short word made of hex letters', '4242-4242-4242-4242-face'],
      ['a number in full-width digits', '４２４２４２４２４２４２４２４２'],
      ['a number in full-width digits and dashes', '４２４２－４２４２－４２４２－４２４２'],
      ['a number in full-width digits and ideographic spaces', '４２４２　４２４２　４２４２　４２４２'],
      ['a number in mathematical bold digits', '𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐'],
    ];
    for (const [description, text] of cards) {
      it(`when a string holds ${description}, then it is found`, () => {
        expect(findCardNumber(text)).to.equal(true);
      });
    }
  });

  describe('values that are not card numbers', () => {
    const others: Array<[string, string]> = [
      ['a number failing Luhn', '4242424242424241'],
      ['12 digits', '424242424242'],
      ['a 20-digit run', '42424242424242429999'],
      ['a Stripe test payment-method id', 'pm_card_visa'],
      ['a Stripe-style account id', 'acct_1Nv0FGQ9RKHgCVdK'],
      ['an ISO timestamp', '2026-11-23T12:00:00.000Z'],
      ['two dates whose digits together pass Luhn', '2026-11-23 2026-11-17'],
      ['an E.164 phone number that passes Luhn', '+4915112345678'],
      ['a grouped E.164 phone number', '+49 1511 2345678'],
      ['a UUID whose last groups together pass Luhn', '123e4567-e89b-12d3-a453-426614174000'],
      ['an id whose digit groups together pass Luhn', 'inv_2026-1234567893'],
      ['a zero-padded reference that passes Luhn', '00123456789015'],
      ['a Unix time in milliseconds that passes Luhn', 'customer.1763899200002.5@example.com'],
      ['a Unix time in microseconds that passes Luhn', '1763899200000008'],
      ['a 16-digit number starting with 1 (UATP range) that passes Luhn', '1234567890123452'],
      ['thirteen zeros', '0000000000000'],
      ['a Chilean RUT', '12.345.678-5'],
      ['an empty string', ''],
      ['a UUID whose all-digit last groups pass Luhn', '123e4567-e89b-12d3-8453-426614174003'],
      ['an upper-case UUID whose last groups together pass Luhn', '123E4567-E89B-12D3-A453-426614174000'],
      ['a request id holding a UUID', 'req_123e4567-e89b-12d3-8453-426614174003'],
      ['an id whose underscored digit groups pass Luhn', 'inv_2026_1234567893'],
      ['a decimal number that passes Luhn', '234.5678901239'],
      ['two dotted dates whose digits together pass Luhn', '2026.11.23 2026.11.17'],
      ['a test email with a Unix time and a three-digit counter', 'customer.1763899200002.123@example.com'],
      ['an E.164 phone number in full-width digits', '＋４９１５１１２３４５６７８'],
    ];
    for (const [description, text] of others) {
      it(`when a string holds ${description}, then nothing is found`, () => {
        expect(findCardNumber(text)).to.equal(false);
      });
    }
  });

  describe('walking JSON values', () => {
    it('when a card number sits deep in objects and arrays, then it is found', () => {
      const body = { holder_name: 'Ada', metadata: { notes: ['fine', { text: 'pay with 5555-5555-5555-4444' }] } };
      expect(findCardNumber(body)).to.equal(true);
    });

    it('when a card number is a JSON number, then it is found', () => {
      expect(findCardNumber({ card: 4242424242424242 })).to.equal(true);
      expect(findCardNumber([378282246310005])).to.equal(true);
    });

    it('when a card number is a negative JSON number, then it is found', () => {
      expect(findCardNumber({ card: -4242424242424242 })).to.equal(true);
    });

    it('when an array holds more elements than a function call takes arguments, then it is walked', () => {
      const long: unknown[] = new Array(300_000).fill(0);
      long.push('4242424242424242');
      expect(findCardNumber(long)).to.equal(true);
    });

    it('when a card number is an object key, then it is found', () => {
      expect(findCardNumber({ '4242424242424242': true })).to.equal(true);
    });

    it('when a body is an ordinary card request, then nothing is found', () => {
      const body = {
        payment_method: 'pm_card_visa',
        holder_name: 'Ada Lovelace',
        id_type: 'RUT',
        id_number: '12.345.678-5',
        return_url: 'https://example.com/cards/return?session=2026-11-23T12:00:00Z',
        amount: 100,
        exp_year: 2030,
        ratio: 1.5,
        active: true,
        nothing: null,
      };
      expect(findCardNumber(body)).to.equal(false);
    });

    it('when a Unix time in milliseconds is a JSON number, then nothing is found', () => {
      expect(findCardNumber({ created: 1763899200002 })).to.equal(false);
    });

    it('when a value is a scalar or missing, then nothing is found', () => {
      for (const value of [undefined, null, true, 42, 4.2, '']) expect(findCardNumber(value)).to.equal(false);
    });

    it('when a body nests a hundred thousand levels deep, then the walk does not overflow the stack', () => {
      let deep: unknown = '4242424242424242';
      for (let level = 0; level < 100_000; level += 1) deep = [deep];
      expect(findCardNumber(deep)).to.equal(true);
    });

    it('when an object refers to itself, then the walk still ends', () => {
      const cyclic: Record<string, unknown> = { name: 'loop' };
      cyclic.self = cyclic;
      expect(findCardNumber(cyclic)).to.equal(false);
    });
  });
});

describe('redactCardNumbers', () => {
  it('when a line holds a grouped card number, then only the number is replaced', () => {
    expect(redactCardNumbers('card 4242 4242 4242 4242 exp 12/28')).to.equal('card [REDACTED] exp 12/28');
  });

  it('when a line holds two card numbers, then both are replaced', () => {
    expect(redactCardNumbers('tried 4242424242424242 then 5555-5555-5555-4444.')).to.equal(
      'tried [REDACTED] then [REDACTED].',
    );
  });

  it('when a JSON log line carries a card number in a string, then the line stays valid JSON', () => {
    const line = JSON.stringify({ msg: 'paid with 4242424242424242', amount: 100 });
    const redacted = redactCardNumbers(line);
    expect(JSON.parse(redacted)).to.deep.equal({ msg: 'paid with [REDACTED]', amount: 100 });
  });

  it('when a JSON log line carries a card number as a bare number, then it becomes a string and the line still parses', () => {
    const redacted = redactCardNumbers('{"level":30,"card":4242424242424242,"list":[378282246310005]}');
    expect(JSON.parse(redacted)).to.deep.equal({ level: 30, card: '[REDACTED]', list: ['[REDACTED]'] });
  });

  it('when one grouped run holds overlapping card-like windows, then the whole run is replaced once', () => {
    expect(redactCardNumbers('x 4242 4242 4242 4242 4242 y')).to.equal('x [REDACTED] y');
  });

  it('when a line holds full-width or mathematical digits after characters that NFKC lengthens, then exactly the numbers are replaced', () => {
    // `ﬁ` reads as two characters and each `𝟒` is two UTF-16 units read as one: positions shift both ways.
    expect(redactCardNumbers('ﬁle ４２４２ ４２４２ ４２４２ ４２４２, 𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐 ok')).to.equal('ﬁle [REDACTED], [REDACTED] ok');
  });

  it('when a card number is glued to a word or grouped with dots, then the digits are replaced and the word kept', () => {
    expect(redactCardNumbers('Visa4242 4242 4242 4242 or 5555.5555.5555.4444')).to.equal('Visa[REDACTED] or [REDACTED]');
  });

  it('when a JSON log line carries a card number grouped by tabs, then the escaped tabs separate groups and the line still parses', () => {
    // A backslash followed by `t` in the text itself is escaped as `\\t` in JSON: no tab, no card.
    const path = 'C:\\4242\\t4242\\t4242\\t4242';
    const line = JSON.stringify({ msg: 'card 4242\t4242\t4242\t4242', path });
    expect(JSON.parse(redactCardNumbers(line))).to.deep.equal({ msg: 'card [REDACTED]', path });
  });

  it('when a line holds no card number, then it is returned unchanged', () => {
    const line = '{"time":"2026-11-23T12:00:00.000Z","phone":"+4915112345678","pm":"pm_card_visa","amount":4242}';
    expect(redactCardNumbers(line)).to.equal(line);
  });
});
