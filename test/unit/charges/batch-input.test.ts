import { expect } from 'chai';
import { readBatchInput } from '../../../scripts/charge-batch/batch-input.js';
import { parseCsv, toCsvLine } from '../../../scripts/charge-batch/csv.js';

describe('charge batch input (CSV)', () => {
  it('when fields are quoted, hold commas, quotes or line breaks, or lines end in CRLF, then they parse as RFC 4180 says', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"multi\nline",\n\n')).to.deep.equal([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', ''],
    ]);
  });

  it('when values are written, then they round-trip, and formula-looking text is defused', () => {
    const line = toCsvLine(['acct_1', 1000, 'a,b', 'he said "no"', null, -5, '=HYPERLINK("x")']);
    expect(parseCsv(line)).to.deep.equal([['acct_1', '1000', 'a,b', 'he said "no"', '', '-5', `'=HYPERLINK("x")`]]);
  });

  it('when the file has a header in another order and a blank currency, then lines map by column name', () => {
    const { lines, invalid } = readBatchInput('\uFEFFreference,account_id,amount,currency\ninv-1,acct_1,1000,\ninv-2,acct_2,250,clp\n');
    expect(invalid).to.deep.equal([]);
    expect(lines).to.deep.equal([
      { line: 2, accountId: 'acct_1', amount: 1000, reference: 'inv-1' },
      { line: 3, accountId: 'acct_2', amount: 250, currency: 'clp', reference: 'inv-2' },
    ]);
  });

  it('when there is no header, then the columns are account_id,amount,currency,reference', () => {
    expect(readBatchInput('acct_1,1000,USD,inv-1').lines).to.deep.equal([{ line: 1, accountId: 'acct_1', amount: 1000, currency: 'USD', reference: 'inv-1' }]);
  });

  it('when a line has no reference, a bad amount, no account, or a reference used before, then it is set aside with the reason', () => {
    const { lines, invalid } = readBatchInput('account_id,amount,currency,reference\nacct_1,10.50,USD,inv-1\nacct_1,1000,USD,\n,1000,USD,inv-3\nacct_1,1000,USD,inv-4\nacct_2,1000,USD,inv-4\n');
    expect(lines.map((line) => line.reference)).to.deep.equal(['inv-4']);
    expect(invalid.map((bad) => [bad.line, bad.problem])).to.deep.equal([
      [2, 'amount "10.50" is not a whole number of minor units'],
      [3, 'reference is empty (it is the idempotency key)'],
      [4, 'account_id is empty'],
      [6, 'reference inv-4 is already used on line 5'],
    ]);
  });

  it('when the header lacks a required column, then the file is refused', () => {
    expect(() => readBatchInput('account_id,amount\nacct_1,100\n')).to.throw(/reference/);
  });
});
