import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { readBatchInput, type BatchLine, type InvalidLine } from '../../../scripts/charge-batch/batch-input.js';
import { createResultsWriter } from '../../../scripts/charge-batch/results-writer.js';

/** Feeds the text in small chunks, as a file stream does, so records cross chunk boundaries. */
async function read(text: string, chunk = 7) {
  const pieces = Array.from({ length: Math.ceil(text.length / chunk) }, (_, i) => text.slice(i * chunk, (i + 1) * chunk));
  const lines: BatchLine[] = [];
  const invalid: InvalidLine[] = [];
  for await (const item of readBatchInput(Readable.from(pieces))) {
    if (item.kind === 'line') lines.push(item.line);
    else invalid.push(item.invalid);
  }
  return { lines, invalid };
}

describe('charge batch input (CSV, streamed)', () => {
  it('when fields are quoted, hold commas, quotes or line breaks, or lines end in CRLF, LF or a mix, then they parse as RFC 4180 says', async () => {
    const { lines } = await read('account_id,amount,currency,reference\r\n"acct, 1",100,"",inv-1\n"acct_2",200,USD,"say ""hi"""\n\n"acct\n3",300,,inv-3\r\n');
    expect(lines.map((line) => [line.accountId, line.reference, line.line])).to.deep.equal([
      ['acct, 1', 'inv-1', 2],
      ['acct_2', 'say "hi"', 3],
      ['acct\n3', 'inv-3', 6],
    ]);
  });

  it('when the file has a BOM, a header in another order and a blank currency, then lines map by column name', async () => {
    const { lines, invalid } = await read('\uFEFFreference,account_id,amount,currency\ninv-1,acct_1,1000,\ninv-2,acct_2,250,clp\n');
    expect(invalid).to.deep.equal([]);
    expect(lines).to.deep.equal([
      { line: 2, accountId: 'acct_1', amount: 1000, reference: 'inv-1' },
      { line: 3, accountId: 'acct_2', amount: 250, currency: 'clp', reference: 'inv-2' },
    ]);
  });

  it('when there is no header, then the columns are account_id,amount,currency,reference,source', async () => {
    expect((await read('acct_1,1000,USD,inv-1')).lines).to.deep.equal([{ line: 1, accountId: 'acct_1', amount: 1000, currency: 'USD', reference: 'inv-1' }]);
    expect((await read('acct_1,1000,,inv-1,balance\n')).lines).to.deep.equal([{ line: 1, accountId: 'acct_1', amount: 1000, reference: 'inv-1', source: 'balance' }]);
  });

  it('when a source column is given, then each value passes through and a blank one is left out', async () => {
    const { lines, invalid } = await read('account_id,amount,reference,source\na,1,r1,cards\na,1,r2,balance\na,1,r3,balance_then_cards\na,1,r4,\na,1,r5,prepaid\n');
    expect(lines.map((line) => line.source ?? null)).to.deep.equal(['cards', 'balance', 'balance_then_cards', null]);
    expect(invalid.map((bad) => [bad.line, bad.problem])).to.deep.equal([[6, 'source "prepaid" is not one of cards, balance, balance_then_cards']]);
  });

  it('when an on_failure column is given, then fail and retry pass through, a blank one is left out, and anything else is set aside', async () => {
    const { lines, invalid } = await read('account_id,amount,reference,on_failure\na,1,r1,retry\na,1,r2,fail\na,1,r3,\na,1,r4,dunning\n');
    expect(lines.map((line) => line.onFailure ?? null)).to.deep.equal(['retry', 'fail', null]);
    expect(invalid.map((bad) => [bad.line, bad.problem])).to.deep.equal([[5, 'on_failure "dunning" is not one of fail, retry']]);
    expect((await read('acct_1,1000,,inv-1,cards,retry\n')).lines).to.deep.equal([{ line: 1, accountId: 'acct_1', amount: 1000, reference: 'inv-1', source: 'cards', onFailure: 'retry' }]);
  });

  it('when a line has no reference, a bad amount or no account, then it is set aside with the reason and its cells', async () => {
    const { lines, invalid } = await read('account_id,amount,currency,reference\nacct_1,10.50,USD,inv-1\nacct_1,1000,USD,\n,1000,USD,inv-3\nacct_1,1000,USD,inv-4\n');
    expect(lines.map((line) => line.reference)).to.deep.equal(['inv-4']);
    expect(invalid.map((bad) => [bad.line, bad.problem])).to.deep.equal([
      [2, 'amount "10.50" is not a whole number of minor units'],
      [3, 'reference is empty (it is the idempotency key)'],
      [4, 'account_id is empty'],
    ]);
    expect(invalid[0]!.cells).to.include({ account_id: 'acct_1', amount: '10.50', reference: 'inv-1' });
  });

  it('when the header lacks a required column, then the file is refused', async () => {
    let error: unknown;
    await read('account_id,amount\nacct_1,100\n').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/reference/);
  });

  it('when any well-formed lines are written as CSV, then streaming them back in any chunking gives the same lines', async () => {
    const cell = fc.string({ maxLength: 12 }).map((text) => text.trim()).filter((text) => text.length > 0);
    const row = fc.record({ accountId: cell, amount: fc.nat(), reference: cell, source: fc.constantFrom(undefined, 'cards', 'balance', 'balance_then_cards') });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 20 }), fc.integer({ min: 1, max: 50 }), async (rows, chunk) => {
        const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
        const text = `account_id,amount,reference,source\r\n${rows.map((r) => [quote(r.accountId), r.amount, quote(r.reference), r.source ?? ''].join(',')).join('\r\n')}`;
        const { lines, invalid } = await read(text, chunk);
        expect(invalid).to.deep.equal([]);
        expect(lines.map(({ accountId, amount, reference, source }) => ({ accountId, amount, reference, source }))).to.deep.equal(rows);
      }),
      { numRuns: 100 },
    );
  });
});

describe('charge batch results (CSV, streamed)', () => {
  it('when rows are written, then they read back as CSV, booleans as words, and formula-looking text is defused', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'charge-batch-results-'));
    try {
      const path = join(directory, 'results.csv');
      const writer = createResultsWriter(path);
      await writer.write({ line: 2, account_id: 'acct_1', amount: 1000, reference: 'a,b', outcome: 'succeeded', replayed: false, detail: 'he said "no"' });
      await writer.write({ line: 3, account_id: '=HYPERLINK("x")', amount: -5, reference: '@x', outcome: 'invalid', replayed: true });
      await writer.end();
      const [header, first, second] = parse(readFileSync(path, 'utf8')) as string[][];
      const at = (row: string[] | undefined, column: string) => row![header!.indexOf(column)];
      expect(header!.slice(0, 8)).to.deep.equal(['line', 'account_id', 'amount', 'currency', 'reference', 'source', 'on_failure', 'outcome']);
      expect([at(first, 'reference'), at(first, 'replayed'), at(first, 'detail')]).to.deep.equal(['a,b', 'false', 'he said "no"']);
      expect([at(second, 'account_id'), at(second, 'amount'), at(second, 'reference'), at(second, 'replayed')]).to.deep.equal([`'=HYPERLINK("x")`, '-5', `'@x`, 'true']);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
