import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

describe('the support console in a browser', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when a stolen card is declined, then the customer reads the generic decline, and support finds the account and reads that the card was reported stolen and what to do', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);

    const person = new Person(await browser.newPage(), 'stolen-customer');
    await signInOnPage(person, app, customer.email);
    await person.press('Add a card');
    await person.chooseValue('Card (simulator test cards)', 'pm_card_visa_chargeDeclinedStolenCard');
    expect(await person.field('Card (simulator test cards)').locator('option:checked').innerText(), 'the test-card label names no hidden reason').not.to.match(/stolen/i);
    await person.press('Save card');
    const generic = 'Your card was declined. Please use a different card, or contact your bank to find out why.';
    await person.sees(generic);
    await person.page.getByRole('tab', { name: 'History' }).click();
    await person.sees('Card not added');
    const history = await person.page.locator('#panel-history').innerText();
    expect(history).to.contain(generic);
    expect(history).not.to.match(/stolen/i);
    await person.check('customer history');

    // A paid top-up (a ledger entry), a top-up declined with a stolen new card, and an alert.
    const topup = (body: { amount: number; payment_method?: string }, status: number) =>
      fetch(`${app.url}/v1/topups`, {
        method: 'POST',
        headers: { authorization: `Bearer ${customer.token}`, 'content-type': 'application/json', 'idempotency-key': `support-${body.amount}-${body.payment_method ?? 'default'}` },
        body: JSON.stringify(body),
      }).then(async (response) => {
        expect(response.status, await response.clone().text()).to.equal(status);
        return (await response.json()) as { topup: { number: string } };
      });
    const paid = await topup({ amount: 10_000 }, 201);
    const declined = await topup({ amount: 5_000, payment_method: 'pm_card_visa_chargeDeclinedStolenCard' }, 402);
    await callApi(app, 'PUT', '/v1/balance/alert', customer.token, { threshold: 2_000 });

    const staff = new Person(await browser.newPage(), 'support');
    const requests: Array<string | undefined> = [];
    staff.page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/v1/')) requests.push(request.headers().authorization);
    });
    await staff.open(`${app.url}/support`);
    await staff.heading('Support console');
    await staff.check('token form');
    await staff.fill('Support token', customer.token);
    await staff.press('Use this token');
    await staff.sees('This is not a support token. Mint one with npm run token -- --scope support --sub your-name.');
    expect(await staff.focused()).to.equal('Support token');

    const supportToken = await app.token('alice', ['support']);
    await staff.fill('Support token', supportToken);
    await staff.press('Use this token');
    await staff.sees(/Token of alice, valid until/);
    expect(await staff.focused()).to.equal('Search for');
    await staff.choose('Search by', 'Email (exact or the start of it)');
    await staff.fill('Search for', customer.email.toUpperCase());
    await staff.press('Search');
    await staff.sees(`Ana Rojas: ${customer.email}`);
    await staff.check('search results');
    await staff.press(`Open ${customer.email}`);
    await staff.heading(`Ana Rojas (${customer.email})`);
    // The card history holds both tries of the stolen card: the card entry and the top-up's new card.
    const failures = await staff.page.getByRole('list', { name: 'Card history' }).locator('li').filter({ hasText: 'Card added: a card the bank did not describe: failed' }).all();
    expect(failures).to.have.length(2);
    for (const failure of failures) {
      expect(await failure.innerText()).to.contain(`The customer was told: ${generic}`);
      expect(await failure.innerText()).to.match(/What happened, and what to say and do: .*stolen/);
      expect(await failure.innerText()).to.contain('card_declined / stolen_card');
    }

    const balance = await staff.page.locator('#account dl').filter({ hasText: 'Available' }).innerText();
    expect(balance).to.match(/Available\s+\$100\.00/).and.match(/Low-balance alert\s+below \$20\.00, armed/);
    const topups = staff.page.getByRole('list', { name: 'Top-ups' });
    expect(await topups.locator('li').filter({ hasText: `Top-up ${paid.topup.number} $100.00: paid` }).innerText()).to.match(/visa ending 4242/i);
    const declinedTopup = await topups.locator('li').filter({ hasText: `Top-up ${declined.topup.number} $50.00: cancelled` }).innerText();
    expect(declinedTopup).to.contain(`The customer was told: ${generic}`);
    expect(declinedTopup).to.match(/What happened, and what to say and do: .*stolen/);
    expect(declinedTopup).to.contain('card_declined / stolen_card');
    const ledger = staff.page.getByRole('table').filter({ hasText: 'Ledger, newest first' });
    expect(await ledger.getByRole('row').count(), 'a header row and the one top-up credit').to.equal(2);
    expect(await ledger.getByRole('row').nth(1).innerText()).to.match(/topup\s+\$100\.00\s+\$100\.00\s+tu_/);
    expect(await staff.page.locator('#account').innerText(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN/);
    await staff.check('account view');

    await staff.press('Show the audit log');
    await staff.sees('Opened an account');
    expect(await staff.page.getByRole('row').filter({ hasText: 'Searched accounts' }).first().innerText()).to.contain('alice');
    await staff.check('audit log');

    expect(requests.length).to.be.greaterThan(2);
    expect(requests.every((header) => header === `Bearer ${supportToken}`), 'every console request carries the support token, never a customer one').to.equal(true);
    expect(await staff.page.evaluate(() => localStorage.length + sessionStorage.length), 'nothing kept in web storage').to.equal(0);
    await staff.page.reload();
    await staff.heading('Your support token');
    expect(await staff.field('Support token').inputValue()).to.equal('');
    staff.expectNoProblems();
    person.expectNoProblems();
  });
});
