import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { uniqueEmail } from '../helpers/unique-email.js';

describe('the customer page in a browser: a Chilean sign-up', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started));

  it('when a Chilean customer types a RUT with a wrong check digit, then the page says so next to the ID; the right RUT saves the card with a hold in pesos', async () => {
    const person = new Person(await browser.newPage(), 'chile');
    const email = uniqueEmail('rosa');
    await person.open(`${app.url}/`);
    await person.page.locator('#register-form').getByLabel('Email').fill(email);
    await person.choose('Country where the account is registered', 'Chile');
    await person.press('Create account');
    await person.fill('Email code', await app.inbox.code(email, 1));
    await person.press('Confirm email');

    await person.heading('Step 2 of 4: confirm your mobile number');
    await person.sees(/A mobile number in Chile: for example .*\+56\./);
    await person.fill('Mobile number (Chile)', '9 6123 4567');
    await person.press('Text me a code');
    await person.fill('SMS code', await app.inbox.code('+56961234567', 1));
    await person.press('Confirm mobile number');

    await person.heading('Step 3 of 4: your details');
    expect(await person.field('Country').locator('option:checked').innerText()).to.equal('Chile');
    await person.page.getByLabel('Enterprise').check();
    await person.fill('Company name', 'Rojas SpA');
    await person.fill('Contact person', 'Rosa Rojas');
    await person.fill("Contact's position", 'CFO');
    expect(await person.field('Billing currency').locator('option:checked').innerText()).to.match(/^Chilean peso \(CLP\)$/i);
    await person.fill('Address', 'Av. Providencia 1234');
    await person.fill('City', 'Santiago');
    await person.choose('Industry', 'Retail and e-commerce');
    await person.check('enterprise details');
    await person.press('Save details');

    await person.heading('Step 4 of 4: add a card');
    await person.sees('To check the card we place a temporary hold of CLP 1,000 on it.');
    await person.sees("Card holder's ID (needed for Chilean accounts)");
    await person.fill('Name on the card', 'Rosa Rojas');
    await person.choose('Card (simulator test cards)', /^Visa ending 4242: succeeds$/);
    await person.choose('ID type', 'RUT');
    await person.fill('ID number', '12.345.678-4');
    await person.press('Save card');
    const idError = await person.sees(/This RUT is not valid: check the number and its check digit/);
    expect(await person.focused()).to.equal('ID number');
    expect(await person.field('ID number').getAttribute('aria-invalid')).to.equal('true');
    expect(await person.button('Save card').isEnabled()).to.equal(true);
    await person.check('bad RUT');

    await person.fill('ID number', '12.345.678-5');
    await person.press('Save card');
    await person.heading('Billing');
    await person.sees(/Card saved: Visa ending 4242\. We placed a hold of CLP\s1,000 to check it/);
    expect(await idError.isVisible()).to.equal(false);
    await person.sees(/ID \*{5}678-5/);
    await person.check('chilean card saved');

    // Top-ups with a new card: Chile's ID rules apply only to a card that is saved
    // (docs/balance-and-topups.md), so a one-off card needs no ID and the page asks for none.
    await person.page.getByRole('tab', { name: 'Top up' }).click();
    await person.heading('Your balance');
    await person.choose('Pay with', 'A new card');
    await person.sees('Save this card for later payments');
    expect(await person.page.locator('#chile-id').isVisible(), 'no ID asked for a one-off card').to.equal(false);
    const saveCard = person.page.getByLabel('Save this card for later payments');
    await saveCard.check();
    await person.sees("Card holder's ID (needed for Chilean accounts)");
    expect(await person.field('ID number').evaluate((input) => (input as HTMLInputElement).required)).to.equal(true);
    await person.check('top-up saving a new chilean card');
    await saveCard.uncheck();
    expect(await person.page.locator('#chile-id').isVisible()).to.equal(false);
    await person.chooseValue('Card (simulator test cards)', 'pm_card_mastercard');
    const oneOff = await payTopup(person);
    expect(oneOff).to.include({ payment_method: 'pm_card_mastercard', save_card: false });
    expect(oneOff).not.to.have.any.keys('id_type', 'id_number');
    await person.sees(/Top-up TU-[\d ]+ is paid: CLP/);

    await person.choose('Pay with', 'A new card');
    await person.page.getByLabel('Save this card for later payments').check();
    await person.chooseValue('Card (simulator test cards)', 'pm_card_amex');
    await person.choose('ID type', 'RUT');
    await person.fill('ID number', '12.345.678-5');
    const saved = await payTopup(person);
    expect(saved).to.include({ payment_method: 'pm_card_amex', save_card: true, id_type: 'RUT', id_number: '12.345.678-5' });
    await person.sees(/Top-up TU-[\d ]+ is paid: CLP/);
    expect(await person.field('Pay with').locator('option').allInnerTexts()).to.satisfy((names: string[]) => names.some((name) => /ending 0005/i.test(name)));
    person.expectNoProblems();
  });
});

/** Presses Pay on the top-up form and returns the body the page sent to POST /v1/topups. */
async function payTopup(person: Person): Promise<Record<string, unknown>> {
  const [request] = await Promise.all([
    person.page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/v1/topups'),
    (async () => {
      await person.press('Review payment');
      await person.press(/^Pay CLP/);
    })(),
  ]);
  return request.postDataJSON() as Record<string, unknown>;
}
