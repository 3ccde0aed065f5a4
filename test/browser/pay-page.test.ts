import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

/** An activated account whose only card saves but declines every payment, and a billing job's
 * charge of $42.00 with on_failure "retry" that therefore went past due. */
async function accountWithPastDueCharge(app: BrowserApp) {
  const customer = await onboardByApi(app);
  await addCardByApi(app, customer.token, 'pm_card_simulatorDeclinesTryAgainLater');
  const billing = await app.token('billing-job', ['billing']);
  const response = await fetch(`${app.url}/v1/accounts/${customer.accountId}/charges`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${billing}`, 'idempotency-key': `pay-page-${customer.accountId}` },
    body: JSON.stringify({ amount: 4200, currency: 'USD', description: 'October usage', on_failure: 'retry' }),
  });
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).to.equal(402);
  expect(body.charge.status).to.equal('past_due');
  return { customer, billing, chargeId: body.charge.id as string };
}

/** The pay link in the newest email to `email` (a past-due notice), waiting for it to be sent. */
async function payLinkFromEmail(app: BrowserApp, email: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const link = app.inbox.sentTo(email).map((message) => /https?:\/\/\S+\/pay\/[A-Za-z0-9._-]+/.exec(message.text)?.[0]).filter(Boolean).at(-1);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no email with a pay link to ${email}: ${app.inbox.sentTo(email).map((message) => message.template).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The link with one character of its signature changed. */
const tampered = (link: string) => `${link.slice(0, -2)}${link.at(-2) === 'A' ? 'B' : 'A'}${link.at(-1)}`;

describe('the pay page in a browser: a past-due charge paid from the link in its notice', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started), { env: { TRANSFER_BANK_DETAILS: 'Banco Ejemplo\\nAccount 0012-3456-78' } });

  it('when the customer opens the notice’s link and adds a card that asks for 3-D Secure, then the bank page opens, and back on the page the charge is paid', async () => {
    const { customer, billing } = await accountWithPastDueCharge(app);

    const link = await payLinkFromEmail(app, customer.email);
    expect(new URL(link).origin).to.equal(app.url);
    const person = new Person(await browser.newPage(), 'pay-page');
    await person.open(link);
    await person.heading('Pay what is overdue');
    await person.sees(/You owe \$42\.00, overdue since/);
    await person.sees('October usage: $42.00');
    await person.sees(/^Visa ending \d{4}: /);
    await person.sees('Banco Ejemplo');
    expect(await person.page.evaluate(() => document.documentElement.lang)).to.equal('en');
    // The pay session lives in the page alone, never in the stored sign-in.
    expect(await person.page.evaluate(() => Object.keys(sessionStorage))).to.not.include('card-vault.customer-token');
    await person.check('owed');

    await person.press('Add a card');
    expect(await person.focused()).to.equal('Name on the card');
    await person.choose('Card (simulator test cards)', /ending 3155/);
    await person.press('Save card');
    await person.heading('3-D Secure test payment');
    await person.check('bank page');
    await person.press('Complete');

    // Back on the same link: the card is confirmed, and the service collects the charge with it.
    await person.heading('Pay what is overdue');
    await person.sees(/Card saved: Visa ending 3155/);
    await person.sees('Paid. Nothing is overdue on your account.');
    expect(await person.button('Pay now').isVisible()).to.equal(false);
    // The bank sent the customer to /pay/return (the link never went to the gateway); the page put
    // the link back in the address bar and kept nothing of it, nor of its session, in storage.
    expect(person.page.url()).to.equal(link);
    expect(await person.page.evaluate(() => Object.keys(sessionStorage))).to.not.include.members(['card-vault.pay-link', 'card-vault.customer-token']);
    await person.check('paid');
    person.expectNoProblems();

    const charges = await callApi(app, 'GET', `/v1/accounts/${customer.accountId}/charges`, billing);
    expect(charges.data[0]).to.include({ status: 'succeeded', amount: 4200 });
    const pastDue = await callApi(app, 'GET', '/v1/account/past-due', customer.token);
    expect(pastDue.summary).to.equal(null);
  });

  it('when the link was altered, then the page says so and how to get a new one, and shows nothing of the account', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const link = await app.context.payLinks.urlFor(customer.accountId);
    const person = new Person(await browser.newPage(), 'pay-link-tampered');
    await person.open(tampered(link));
    await person.heading('This payment link does not work');
    await person.sees(/This payment link is not valid/);
    const signIn = person.page.getByRole('link', { name: 'Sign in to pay' });
    expect(await signIn.getAttribute('href')).to.equal('/');
    const shown = await person.text();
    expect(shown).not.to.include(customer.email);
    expect(shown).not.to.match(/Visa|ending|\$|overdue since|Banco/);
    expect(await person.button('Pay now').isVisible()).to.equal(false);
    await person.check('tampered link');
    // Spanish, with the language switch, says the same.
    await person.choose('Language', 'Español');
    await person.heading('Este enlace de pago no funciona');
    await person.check('tampered link in Spanish');
    // The bank's way back, opened with no link kept in this tab, is no way in either.
    await person.open(`${app.url}/pay/return`);
    await person.heading('Este enlace de pago no funciona');
  });

  it('when nothing is owed, then the link opens a page that says Paid, with the cards and no Pay now', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const person = new Person(await browser.newPage(), 'pay-page-nothing-owed');
    await person.open(await app.context.payLinks.urlFor(customer.accountId));
    await person.heading('Pay what is overdue');
    await person.sees('Paid. Nothing is overdue on your account.');
    await person.sees('Visa ending 4242');
    expect(await person.button('Pay now').isVisible()).to.equal(false);
    await person.check('nothing owed');
    person.expectNoProblems();
  });

  it('when a signed-in customer owes a past-due charge, then the billing center shows a banner with Pay now and the way to the cards; a card added there pays it', async () => {
    const { customer } = await accountWithPastDueCharge(app);
    const person = new Person(await browser.newPage(), 'past-due-banner');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');
    await person.heading('A payment is overdue');
    await person.sees(/You owe \$42\.00, overdue since/);
    await person.check('banner');

    // The only card declines again: the banner stays, and says so.
    await person.act('Pay now');
    await person.sees(/so \$42\.00 is still overdue/);

    await person.page.getByRole('link', { name: 'Add or update a card' }).click();
    await person.focusMovesTo(person.page.getByRole('heading', { name: 'Your cards, in the order we charge them' }));
    await person.press('Add a card');
    await person.chooseValue('Card (simulator test cards)', 'pm_card_visa');
    await person.press('Save card');
    await person.sees(/Card saved: Visa ending 4242/);
    await person.sees(/Your overdue payments are now paid\. Thank you\./);
    expect(await person.page.locator('#past-due-banner').isVisible()).to.equal(false);
    await person.check('paid');
    person.expectNoProblems();
    const pastDue = await callApi(app, 'GET', '/v1/account/past-due', customer.token);
    expect(pastDue.summary).to.equal(null);
  });

  it('when support opens an account with a past-due charge, then the console shows what is past due and the charge’s dunning timeline', async () => {
    const { customer, chargeId } = await accountWithPastDueCharge(app);
    await payLinkFromEmail(app, customer.email);
    const staff = new Person(await browser.newPage(), 'support-dunning');
    await staff.open(`${app.url}/support`);
    await staff.heading('Support console');
    await staff.fill('Support token', await app.token('alice', ['support']));
    await staff.press('Use this token');
    await staff.choose('Search by', 'Email (exact or the start of it)');
    await staff.fill('Search for', customer.email);
    await staff.press('Search');
    await staff.press(`Open ${customer.email}`);
    await staff.heading('Past due');
    const facts = await staff.page.locator('#account dl').filter({ hasText: 'Since' }).innerText();
    expect(facts).to.match(/Amount\s+\$42\.00/).and.contain(chargeId);
    const timeline = staff.page.getByRole('list', { name: `Dunning of charge ${chargeId}` });
    const steps = await timeline.locator('li').allInnerTexts();
    expect(steps.some((step) => /billing job’s pass: tried the card ending \d{4}: declined/.test(step)), steps.join('\n')).to.equal(true);
    expect(steps.some((step) => /first-failure notice sent by email/.test(step)), steps.join('\n')).to.equal(true);
    expect(await staff.page.locator('#account').innerText(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN/);
    await staff.check('dunning timeline');
    staff.expectNoProblems();
  });

  it('when the prepaid balance covers what is owed, then the pay page offers to pay from it, and that pays every past-due charge', async () => {
    const { customer } = await accountWithPastDueCharge(app);
    const support = await app.token('alice', ['support']);
    const funded = await fetch(`${app.url}/v1/support/accounts/${customer.accountId}/transfers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${support}`, 'idempotency-key': `fund-${customer.accountId}` },
      body: JSON.stringify({ amount: 5000, currency: 'USD', reference: `WIRE-${customer.accountId}` }),
    });
    expect(funded.status, await funded.clone().text()).to.equal(201);

    const person = new Person(await browser.newPage(), 'pay-from-balance');
    await person.open(await payLinkFromEmail(app, customer.email));
    await person.sees('Your prepaid balance holds $50.00: enough to pay everything overdue.');
    await person.check('balance offered');
    await person.act('Pay $42.00 from your balance');
    await person.sees('Paid $42.00 from your balance. Nothing is overdue any more.');
    await person.sees('Paid. Nothing is overdue on your account.');
    expect(await person.button('Pay $42.00 from your balance').isVisible()).to.equal(false);
    await person.check('paid from balance');
    person.expectNoProblems();
    const balance = await callApi(app, 'GET', '/v1/balance', customer.token);
    expect(balance.available).to.equal(800);
  });
});
