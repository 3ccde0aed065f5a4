import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

// The contract is docs/balance-and-topups.md "Automatic top-ups".
describe('the customer page in a browser: automatic top-up', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when the customer agrees to the consent text and turns automatic top-up on, then the page shows it on, the service keeps the rule with that text, and it can be turned off', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const person = new Person(await browser.newPage(), 'auto-topup');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');
    await person.page.getByRole('tab', { name: 'Top up' }).click();
    await person.heading('Automatic top-up');
    await person.sees('Automatic top-up is off.');
    const consentShown = await person.page.locator('#auto-topup-consent').innerText();
    expect(consentShown).to.contain('without asking me each time');

    await person.sees('This is the agreement we keep on record, word for word:');
    const form = person.page.locator('#auto-topup-form');

    await person.fill('When my balance falls below (USD)', '20');
    await person.fill('Add this amount (USD)', '100');
    await person.act('Turn on automatic top-up');
    await person.sees('Tick the box to agree, so we may charge your card when you are not here.');
    await person.focusMovesTo(person.page.locator('#auto-topup-consent-check'));
    await person.check('automatic top-up without consent');

    // An amount the service refuses: the page's own words next to that field, not the API's detail.
    await person.page.getByLabel('I agree to the above').check();
    await person.fill('When my balance falls below (USD)', '0');
    await person.act('Turn on automatic top-up');
    await person.sees(/^Enter an amount from \$\S+ to \$\S+\.$/, form);
    await person.focusMovesTo(person.field('When my balance falls below (USD)'));
    await person.check('automatic top-up with an amount refused');

    await person.fill('When my balance falls below (USD)', '20');
    await person.act('Turn on automatic top-up');
    await person.sees('On: when your balance falls below $20.00, we add $100.00 from your default card.');
    await person.focusMovesTo(person.page.locator('#notice', { hasText: 'Automatic top-up is on.' }));
    await person.check('automatic top-up on');

    const rule = await callApi(app, 'GET', '/v1/balance/auto_topup', customer.token);
    expect(rule).to.include({ status: 'active', threshold: 2_000, amount: 10_000 });
    expect(rule.consent.text).to.equal(consentShown);

    await person.act('Turn off automatic top-up');
    await person.sees('Automatic top-up is off.', form);
    await person.focusMovesTo(person.page.locator('#notice', { hasText: 'Automatic top-up is off.' }));
    await person.check('automatic top-up off');
    expect(await person.text(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN/);
    person.expectNoProblems();
  });

  it('when a customer in Chile reads the page in Spanish on a 390 px phone, then automatic top-up speaks Spanish around the stored English agreement, and turning it on keeps the focus', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'es-CL', timezoneId: 'America/Santiago' });
    const person = new Person(await context.newPage(), 'auto-topup-es');
    // Signed in in English (the choice is kept across the reload), then switched as a person does.
    await person.open(`${app.url}/`);
    await person.page.locator('#language').selectOption('en');
    await signInOnPage(person, app, customer.email);
    await person.page.locator('#language').selectOption('es');
    await person.page.getByRole('tab', { name: 'Recargar' }).click();
    await person.heading('Recarga automática');
    const form = person.page.locator('#auto-topup-form');
    await person.sees('La recarga automática está desactivada.', form);
    await person.sees('Este es el acuerdo que guardamos, tal como queda registrado (en inglés):');
    const consent = person.page.locator('#auto-topup-consent');
    expect(await consent.getAttribute('lang'), 'the stored agreement is marked as English for screen readers').to.equal('en');
    expect(await consent.innerText()).to.contain('without asking me each time');
    await person.check('automatic top-up in Spanish');

    await person.fill('Cuando mi saldo baje de (USD)', '20');
    await person.fill('Agregar este monto (USD)', '100');
    await person.page.getByLabel('Acepto lo anterior').check();
    await person.act('Activar la recarga automática');
    await person.sees('Activada: cuando tu saldo baje de US$20,00, agregamos US$100,00 con tu tarjeta predeterminada.');
    await person.focusMovesTo(person.page.locator('#notice', { hasText: 'La recarga automática está activada.' }));
    await person.check('automatic top-up on, in Spanish');
    expect(await person.text(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN|\{\w+\}/);
    person.expectNoProblems();
    await context.close();
  });

  it('when the customer opens the link of an "authentication required" email, then the Top up tab opens with that amount filled in, to pay on-session', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const person = new Person(await browser.newPage(), 'auto-topup-link');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');
    await person.open(`${app.url}/?topup_amount=25000#topup`);
    await person.heading('Top up your balance');
    expect(await person.field('Other amount (USD)').inputValue()).to.equal('250');
    expect(await person.page.getByLabel('Other amount', { exact: true }).isChecked()).to.equal(true);
    await person.check('top-up filled from the link');
    person.expectNoProblems();
  });
});
