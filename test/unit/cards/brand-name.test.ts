import { expect } from 'chai';
import fc from 'fast-check';
import { brandName } from '../../../src/features/cards/rules/brand-name.js';

// The pages' copy of the list (browser code cannot import TypeScript), loaded as the browser does.
const pageBrands = new URL('../../../src/web/shared/brands.js', import.meta.url).href;

describe('brandName: card brands as people write them', () => {
  it('when a brand code is known, then it reads as the brand writes itself, the same as on the pages', async () => {
    const { brandName: pageBrandName } = (await import(pageBrands)) as { brandName: (code: string) => string };
    for (const [code, name] of Object.entries({ visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay', discover: 'Discover' })) {
      expect(brandName(code)).to.equal(name);
      expect(pageBrandName(code), `the pages' list agrees for ${code}`).to.equal(name);
    }
  });

  it('when any other code comes from the gateway, then it is shown capitalised and otherwise as given; no code reads "card"', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z_]{0,15}$/).filter((code) => !['visa', 'mastercard', 'amex', 'diners', 'jcb', 'unionpay', 'discover'].includes(code)), (code) => {
      expect(brandName(code)).to.equal(code[0]!.toUpperCase() + code.slice(1));
    }));
    expect(brandName(null)).to.equal('card');
    expect(brandName('')).to.equal('card');
  });
});
