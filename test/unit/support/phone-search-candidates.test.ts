import { expect } from 'chai';
import { phoneSearchCandidates } from '../../../src/features/support/rules/phone-search-candidates.js';

describe('phoneSearchCandidates', () => {
  it('when the number is quoted internationally, then it has one reading whatever the account countries', () => {
    for (const input of ['+44 7400 123456', '0044 7400 123456', '+44 (0)7400 123456']) {
      expect(phoneSearchCandidates(input, ['US', 'GB']), input).to.deep.equal(['+447400123456']);
    }
  });

  it('when the number could be national, then it is also read in each account country', () => {
    expect(phoneSearchCandidates('07400 123456', ['US', 'GB'])).to.deep.equal(['+447400123456']);
    expect(phoneSearchCandidates('(201) 555-0123', ['US', 'GB'])).to.include('+12015550123');
  });

  it('when bare digits start with a country code, then they read as international', () => {
    expect(phoneSearchCandidates('447400123456', ['GB'])).to.deep.equal(['+447400123456']);
    expect(phoneSearchCandidates('12015550123', [])).to.deep.equal(['+12015550123']);
  });

  it('when no country has accounts, then a national number has no reading', () => {
    expect(phoneSearchCandidates('07400 123456', [])).to.deep.equal([]);
  });

  it('when the input is not a number, then there is no candidate', () => {
    expect(phoneSearchCandidates('call me maybe', ['US', 'GB'])).to.deep.equal([]);
    expect(phoneSearchCandidates('', ['US'])).to.deep.equal([]);
  });
});
