import { expect } from 'chai';
import {
  currencyForCountry,
  findCurrency,
  isSupportedCurrency,
  minimumChargeAmount,
  normalizeCurrency,
  supportedCurrencies,
  verificationAmount,
} from '../../../src/money/currencies.js';

describe('currencies', () => {
  it('when JPY or CLP is looked up, then it has no minor unit', () => {
    expect(findCurrency('JPY')?.decimals).to.equal(0);
    expect(findCurrency('CLP')?.decimals).to.equal(0);
  });

  it('when a cent-based currency is looked up, then it has two decimals', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'MXN', 'BRL', 'INR']) expect(findCurrency(code)?.decimals).to.equal(2);
  });

  it('when the verification amounts are read, then USD holds 1.00 and zero-decimal currencies hold whole units', () => {
    expect(verificationAmount('USD')).to.equal(100);
    expect(verificationAmount('EUR')).to.equal(100);
    expect(verificationAmount('JPY')).to.equal(150);
    expect(verificationAmount('CLP')).to.equal(1000);
    expect(verificationAmount('MXN')).to.equal(2000);
  });

  it("when Stripe's documented minimums are read, then they match its table", () => {
    expect(minimumChargeAmount('USD')).to.equal(50);
    expect(minimumChargeAmount('EUR')).to.equal(50);
    expect(minimumChargeAmount('GBP')).to.equal(30);
    expect(minimumChargeAmount('JPY')).to.equal(50);
    expect(minimumChargeAmount('MXN')).to.equal(1000);
  });

  it('when any supported currency is checked, then its verification hold is at or above the gateway minimum', () => {
    for (const currency of supportedCurrencies()) {
      expect(currency.verification_amount, currency.code).to.be.at.least(currency.minimum_charge_amount);
      expect(Number.isInteger(currency.verification_amount), currency.code).to.equal(true);
    }
  });

  it('when a code is given in any case, then it is recognised and normalized to upper case', () => {
    expect(isSupportedCurrency('usd')).to.equal(true);
    expect(isSupportedCurrency('Clp')).to.equal(true);
    expect(normalizeCurrency('eur')).to.equal('EUR');
    expect(findCurrency('jpy')?.code).to.equal('JPY');
    expect(minimumChargeAmount('gbp')).to.equal(30);
  });

  it('when a code is unknown or malformed, then it is not supported and has no amounts', () => {
    for (const code of ['XXX', 'ARS', '', 'US', 'USDD', ' USD']) {
      expect(isSupportedCurrency(code), code).to.equal(false);
      expect(minimumChargeAmount(code), code).to.equal(undefined);
      expect(verificationAmount(code), code).to.equal(undefined);
    }
  });

  it('when the reference list is read, then it is in the public snake_case shape with unique codes', () => {
    const list = supportedCurrencies();
    expect(list.find((currency) => currency.code === 'USD')).to.deep.equal({
      code: 'USD',
      name: 'US dollar',
      decimals: 2,
      verification_amount: 100,
      minimum_charge_amount: 50,
      topup_min_amount: 50,
      topup_max_amount: 1_500_000,
      topup_presets: [10_000, 20_000, 50_000, 100_000],
    });
    expect(new Set(list.map((currency) => currency.code)).size).to.equal(list.length);
    for (const currency of list) expect(currency.code).to.match(/^[A-Z]{3}$/);
  });

  describe('currencyForCountry', () => {
    const cases: Array<[string, string]> = [
      ['CL', 'CLP'],
      ['US', 'USD'],
      ['DE', 'EUR'],
      ['FR', 'EUR'],
      ['ES', 'EUR'],
      ['IT', 'EUR'],
      ['HR', 'EUR'],
      ['BG', 'EUR'],
      ['GB', 'GBP'],
      ['JE', 'GBP'],
      ['JP', 'JPY'],
      ['MX', 'MXN'],
      ['BR', 'BRL'],
      ['CA', 'CAD'],
      ['AU', 'AUD'],
      ['IN', 'INR'],
      ['CH', 'CHF'],
      ['SE', 'SEK'],
      ['DK', 'DKK'],
      ['PL', 'PLN'],
      ['EC', 'USD'],
    ];
    for (const [country, currency] of cases) {
      it(`when an account is registered in ${country}, then it defaults to ${currency}`, () => {
        expect(currencyForCountry(country)).to.equal(currency);
      });
    }

    it('when the country code is lower case, then it is read as upper case', () => {
      expect(currencyForCountry('cl')).to.equal('CLP');
    });

    it("when the country's own currency is not supported, then the account defaults to USD", () => {
      for (const country of ['AR', 'PE', 'CO', 'ZA', 'CN', 'ZZ', '']) expect(currencyForCountry(country), country).to.equal('USD');
    });

    it('when any mapped country is read, then its currency is a supported one', () => {
      for (const country of ['AT', 'NZ', 'NO', 'GL', 'LI', 'MC', 'RE']) {
        expect(isSupportedCurrency(currencyForCountry(country)), country).to.equal(true);
      }
    });
  });
});
