import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

describe('the customer page in a browser: 3-D Secure, declines and the Payment Methods view', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when a card asks for 3-D Secure, then the bank page opens, Complete brings the customer back with the card saved; it can become the default, and the old one can then be deleted', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const person = new Person(await browser.newPage(), 'three-d-secure');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');
    await person.press('Add a card');
    expect(await person.focused()).to.equal('Name on the card');
    // A failed bank page brings the customer back to the card they chose, with what went wrong beside it.
    await person.choose('Card (simulator test cards)', /ending 3184: asks for 3-D Secure$/);
    await person.press('Save card');
    await person.heading('3-D Secure test payment');
    await person.press('Fail');
    await person.sees('We could not verify this card with your bank. Please try again and complete your bank’s check, or use a different card.');
    expect(await person.field('Card (simulator test cards)').locator('option:checked').innerText()).to.match(/ending 3184: asks for 3-D Secure$/);
    expect(await person.focused()).to.equal('Card (simulator test cards)');
    await person.check('bank page failed');
    await person.check('add a second card');
    await person.press('Save card');

    await person.heading('3-D Secure test payment');
    await person.sees('$1.00');
    await person.check('bank page');
    await person.press('Complete');

    await person.heading('Billing');
    await person.sees(/Card saved: Visa ending 3184\. We placed a hold of \$1\.00/);
    const cards = person.page.locator('#card-list > li');
    expect(await cards.allInnerTexts()).to.have.length(2);
    expect(await cards.nth(1).innerText()).to.contain('Visa ending 3184');
    // Each tile carries its brand's mark, decorative: the tile's words already name the brand.
    const mark = cards.nth(1).locator('.brand-mark');
    expect(await mark.getAttribute('data-mark')).to.equal('VISA');
    expect(await mark.evaluate((node) => getComputedStyle(node, '::before').content), 'drawn by the style sheet').to.equal('"VISA"');
    expect(await mark.getAttribute('aria-hidden')).to.equal('true');
    await person.check('two cards');

    // Each card has one menu; Make default says which card became the default, and the focus
    // goes to that notice instead of falling to <body> with the button that disappeared.
    await person.press('Manage Visa ending 3184');
    await person.check('card menu open');
    await person.act('Make default: Visa ending 3184');
    await person.sees('Visa ending 3184 is now your default card: we charge it first.');
    await person.page.waitForFunction(() => document.querySelector('#card-list > li')?.textContent?.includes('3184'));
    expect(await cards.nth(0).innerText()).to.match(/Visa ending 3184\s*Default/);
    await person.press('Manage Visa ending 3184');
    expect(await person.button('Delete: Visa ending 3184').isDisabled()).to.equal(true);
    expect(await person.button('Move down: Visa ending 3184').count(), 'moving the default would change the default silently').to.equal(0);
    await person.sees('This is your default card, so it cannot be deleted. Make another card the default first.');
    await person.press('Manage Visa ending 4242');
    expect(await person.button('Delete: Visa ending 4242').isEnabled()).to.equal(true);

    await person.press('Edit expiry: Visa ending 3184');
    await person.fill('Expiry month (1-12)', '13');
    await person.press('Save expiry date');
    await person.sees('The expiry date is not valid or is in the past. Enter the month (1-12) and the year printed on the card.');
    expect(await person.focused()).to.equal('Expiry month (1-12)');
    await person.check('bad expiry month');
    await person.fill('Expiry month (1-12)', '12');
    await person.fill('Expiry year', String(new Date().getUTCFullYear() + 3));
    await person.press('Save expiry date');
    await person.sees('Your bank wants to confirm the new date. Open its page, answer it, then press Confirm here.');
    await person.check('expiry needs the bank');
    const [bankTab] = await Promise.all([person.page.context().waitForEvent('page'), person.page.getByRole('link', { name: /Open your bank’s page/ }).click()]);
    const bank = new Person(bankTab, 'three-d-secure-expiry-bank');
    await bank.heading('3-D Secure test payment');
    await bank.press('Complete');
    await bank.sees(/3-D Secure is finished/);
    await bankTab.close();
    await person.act('Confirm new expiry date');
    await person.sees('The new expiry date of Visa ending 3184 is saved.');
    await person.sees(`Expires 12/${new Date().getUTCFullYear() + 3}`);

    // Delete asks first, naming the card; Keep leaves it; the notice names the deleted card.
    await person.press('Manage Visa ending 4242');
    await person.press('Delete: Visa ending 4242');
    await person.sees('Delete Visa ending 4242? We will no longer charge it, and it leaves your list. To use it again you add it again.');
    await person.check('delete asks first');
    await person.press('Keep the card');
    expect(await person.focused()).to.equal('Delete: Visa ending 4242');
    expect(await cards.count()).to.equal(2);
    await person.press('Delete: Visa ending 4242');
    await person.act('Yes, delete Visa ending 4242');
    await person.sees('Visa ending 4242 is deleted.');
    const remaining = await cards.allInnerTexts();
    expect(remaining).to.have.length(1);
    expect(remaining[0]).to.match(/Visa ending 3184\s*Default/);
    await person.check('after delete');
    person.expectNoProblems();
  });

  it('when a card is declined, then the card field says so in words the customer can act on, and the History tab shows the failure', async () => {
    const customer = await onboardByApi(app);
    const person = new Person(await browser.newPage(), 'declined');
    await signInOnPage(person, app, customer.email);
    await person.heading('Step 4 of 4: add a card');
    await person.choose('Card (simulator test cards)', /ending 9995: declined \(insufficient funds\)$/);
    await person.press('Save card');
    await person.sees('Your card has insufficient funds. Please use a different card, or try again once funds are available.');
    expect(await person.focused()).to.equal('Card (simulator test cards)');
    await person.check('declined');

    await person.choose('Card (simulator test cards)', /^Visa ending 4242: succeeds$/);
    await person.press('Save card');
    await person.heading('Billing');
    await person.page.getByRole('tab', { name: 'History' }).click();
    const entries = person.page.locator('#history-list > li');
    await person.sees('Card added: Visa ending 4242');
    expect(await entries.nth(1).innerText()).to.match(/^Card not added/);
    expect(await entries.nth(1).innerText()).to.contain('Failed');
    expect(await entries.nth(1).innerText()).to.contain('Your card has insufficient funds.');
    expect(await entries.nth(0).innerText()).to.contain('Succeeded');
    await person.check('history');
    person.expectNoProblems();
  });
  it('when an issuer says never to charge a card again, then its tile says it can’t be charged and what to do; a new expiry date makes it chargeable again', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token, 'pm_card_simulatorDeclinesDoNotTryAgain');
    await addCardByApi(app, customer.token);
    // The billing job's charge: the default card's issuer refuses for good, the other card pays.
    const billing = await app.token('nightly-billing', ['billing']);
    const charged = await fetch(`${app.url}/v1/accounts/${customer.accountId}/charges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${billing}`, 'content-type': 'application/json', 'idempotency-key': `dnr-${customer.accountId}` },
      body: JSON.stringify({ amount: 1500, description: 'Usage' }),
    });
    expect(charged.status, await charged.clone().text()).to.equal(201);

    const person = new Person(await browser.newPage(), 'do-not-retry');
    await signInOnPage(person, app, customer.email);
    await person.heading('Billing');
    const refused = person.page.locator('#card-list > li').filter({ hasText: 'Visa ending 4301' });
    expect(await refused.innerText()).to.contain('Can’t be charged');
    expect(await refused.innerText()).to.contain('This card can’t be charged; update or replace it.');
    await person.check('card cannot be charged');

    await person.press('Manage Visa ending 4301');
    await person.press('Edit expiry: Visa ending 4301');
    await person.fill('Expiry month (1-12)', '11');
    await person.fill('Expiry year', String(new Date().getUTCFullYear() + 4));
    await person.press('Save expiry date');
    await person.sees('The new expiry date of Visa ending 4301 is saved.');
    // The list is drawn again after the notice: wait for the redrawn tile, without its badge.
    await refused.locator('.badge.bad').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await refused.innerText()).not.to.contain('Can’t be charged');
    const card = (await callApi(app, 'GET', '/v1/cards', customer.token)).data.find((c: { last4: string }) => c.last4 === '4301');
    expect(card.status, 'new card details lift the issuer’s refusal').to.equal('active');
    person.expectNoProblems();
  });
});
