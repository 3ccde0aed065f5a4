import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

// The contract is docs/balance-and-topups.md (and API.md "Balance and top-ups (prepaid)").
describe('the customer page in a browser: top-ups and the balance', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when the customer tops up a preset with the default card, then the balance, the payment history and a later charge from the balance show on the page', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const person = new Person(await browser.newPage(), 'topup');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');
    await person.page.getByRole('tab', { name: 'Top up' }).click();
    await person.heading('Your balance');
    await person.sees('$0.00');
    expect(await person.field('Pay with').locator('option:checked').innerText()).to.equal('Visa ending 4242 (default)');
    await person.sees(/From \$0\.50 to \$15,000\.00\./);
    await person.check('top-up form');
    await person.choose('Pay with', 'A new card');
    await person.sees('Save this card for later payments');
    await person.check('top-up form with a new card');
    await person.choose('Pay with', 'Visa ending 4242 (default)');

    await person.page.getByLabel('$100.00', { exact: true }).check();
    // Pay is a second step: the review names the amount and the card, and nothing is charged before it.
    await person.press('Review payment');
    await person.sees('You are about to pay $100.00 with Visa ending 4242 (default) to top up your balance.');
    await person.check('review before paying');
    await person.act('Pay $100.00');
    await person.sees(/Top-up TU-[\d ]+ is paid: \$100\.00\./);
    await person.seesExactly(person.page.locator('.balance'), '$100.00');
    expect(await person.page.getByRole('list', { name: 'Payment history' }).innerText()).to.match(/TU-\d{2} \d{4} \d{4}: \$100\.00\s*Paid/);
    expect(await person.page.getByRole('list', { name: 'Balance activity' }).innerText()).to.contain('Top-up: +$100.00');
    await person.check('paid');

    const billing = await app.token('nightly-billing', ['billing']);
    const response = await fetch(`${app.url}/v1/accounts/${customer.accountId}/charges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${billing}`, 'content-type': 'application/json', 'idempotency-key': `browser-${customer.accountId}` },
      body: JSON.stringify({ amount: 2500, source: 'balance', description: 'Usage' }),
    });
    expect(response.status, await response.clone().text()).to.equal(201);

    await person.page.getByRole('tab', { name: 'History' }).click();
    await person.page.getByRole('tab', { name: 'Top up' }).click();
    await person.sees('Charge: −$25.00');
    expect(await person.page.getByRole('list', { name: 'Balance activity' }).innerText(), 'the charge line names what it paid for').to.match(/Charge: −\$25\.00\s*Usage\s*Balance after/);
    await person.seesExactly(person.page.locator('.balance'), '$75.00');

    await person.fill('Alert me below (USD)', '80');
    await person.act('Save alert');
    await person.sees('We will text you when your balance falls below $80.00.');
    // Under the customer's own alert level, the balance says so.
    await person.sees('Your balance is below your alert level of $80.00. Top up to keep paying from your balance.');
    await person.fill('Alert me below (USD)', '50');
    await person.act('Save alert');
    await person.sees('We will text you when your balance falls below $50.00.');
    expect(await person.page.locator('#low-balance').count()).to.equal(0);
    const balance = await callApi(app, 'GET', '/v1/balance', customer.token);
    expect(balance.low_balance_alert.threshold).to.equal(5000);
    expect(await person.text(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN/);
    await person.check('balance charged');
    person.expectNoProblems();
  });
});
