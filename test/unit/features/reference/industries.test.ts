import { expect } from 'chai';
import { industries, isKnownIndustry } from '../../../../src/features/reference/industries.js';

describe('industries', () => {
  it('when the list is read, then it offers 15 to 20 entries with snake_case codes and names', () => {
    expect(industries.length).to.be.within(15, 20);
    for (const industry of industries) {
      expect(industry.code).to.match(/^[a-z]+(?:_[a-z]+)*$/);
      expect(industry.name.trim()).to.not.equal('');
    }
  });

  it('when the codes are compared, then none repeats', () => {
    expect(new Set(industries.map((industry) => industry.code)).size).to.equal(industries.length);
  });

  it('when a listed code is checked, then it is known', () => {
    expect(isKnownIndustry('mining')).to.equal(true);
    expect(isKnownIndustry('software')).to.equal(true);
    expect(isKnownIndustry('other')).to.equal(true);
  });

  it('when an unlisted, differently cased or display name is checked, then it is not known', () => {
    for (const code of ['', 'Mining', 'MINING', 'Mining and quarrying', 'crypto', ' mining']) {
      expect(isKnownIndustry(code), code).to.equal(false);
    }
  });
});
