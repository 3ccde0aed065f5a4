import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { uniqueEmail } from '../helpers/unique-email.js';
import { callApi } from './helpers/customer-setup.js';

type Message = string | { one: string; other: string };

/** The page's own catalogue, so the walk reads the page in the language it is shown in. */
async function catalogue(language: string) {
  const module = (await import(new URL(`../../src/web/customer/messages/${language}.js`, import.meta.url).href)) as { default: Record<string, Message> };
  const messages = module.default;
  const text = (key: string, params: Record<string, string> = {}) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`no message ${key}`);
    return (typeof message === 'string' ? message : message.other).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  };
  /** A message as a pattern, its placeholders (those not given) matching anything. */
  const pattern = (key: string, params: Record<string, string> = {}) => {
    const message = messages[key]!;
    const forms = typeof message === 'string' ? [message] : [message.one, message.other];
    return new RegExp(forms.map((form) => form.split(/(\{\w+\})/).map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return params[name] !== undefined ? params[name]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.+?';
    }).join('')).join('|'));
  };
  return { text, pattern };
}

const brands: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express' };

const walks = [
  { width: 1280, height: 900, locale: 'en-US', timezoneId: 'America/New_York', language: 'en', country: 'US', mobile: '(201) 555-0123', e164: '+12015550123' },
  { width: 390, height: 844, locale: 'es-CL', timezoneId: 'America/Santiago', language: 'es', country: 'CL', mobile: '9 6123 4567', e164: '+56961234567' },
];

describe('the customer pages and the support console as a person meets them, at 1280 px and 390 px', function () {
  let app: BrowserApp;
  let browser: Browser;
  // Two failed card checks a day: the walk meets the card-testing guard on its third.
  runInBrowser(this, (started) => ({ app, browser } = started), { env: { CARD_FAILURES_PER_DAY: '2' } });

  for (const walk of walks) {
    it(`when a person signs up, manages cards, tops up and support looks them up at ${walk.width} px in ${walk.locale}, then every state is accessible, fits the width, shows no developer text and keeps the focus`, async () => {
      const { text, pattern } = await catalogue(walk.language);
      const context = await browser.newContext({ viewport: { width: walk.width, height: walk.height }, locale: walk.locale, timezoneId: walk.timezoneId });
      const page = await context.newPage();
      const person = new Person(page, `walk-${walk.width}`);
      const cardInputShown = () => page.locator('#card-input').isVisible();
      const email = uniqueEmail(`walk${walk.width}`);
      const countryName = new Intl.DisplayNames([walk.language], { type: 'region' }).of(walk.country)!;

      await person.open(`${app.url}/`);
      await person.heading(text('welcome.page_title'));
      expect(await page.evaluate(() => document.documentElement.lang)).to.equal(walk.language);
      expect(await cardInputShown(), 'no card field outside a form').to.equal(false);
      await person.check('welcome');
      await page.locator('#register-form').getByLabel(text('welcome.email')).fill(email);
      await person.choose(text('welcome.country'), countryName);
      await person.press(text('welcome.register'));

      await person.heading(text('email.title'));
      expect(await cardInputShown()).to.equal(false);
      // The code was sent a moment ago: a new one is refused, and the page says when one can be asked for.
      await person.press(text('email.resend'));
      await person.sees(pattern('error.resend_too_soon'));
      await person.check('email step, resend too soon');
      await person.fill(text('email.code'), await app.inbox.code(email, 1));
      await person.press(text('email.confirm'));

      await person.heading(text('mobile.title'));
      await person.fill(text('mobile.label', { country: countryName }), walk.mobile);
      await person.press(text('mobile.send'));
      await person.fill(text('mobile.code'), await app.inbox.code(walk.e164, 1));
      await person.check('mobile step');
      await person.press(text('mobile.confirm'));

      await person.heading(text('details.title'));
      expect(await cardInputShown()).to.equal(false);
      await person.fill(text('details.name'), 'Ana Rojas');
      await person.fill(text('details.line1'), 'Av. Providencia 1234');
      await person.fill(text('details.city'), 'Santiago');
      await person.choose(text('details.industry'), text('industry.software'));
      await person.check('details step');
      await person.press(text('details.save'));

      await person.heading(text('card_step.title'));
      await person.chooseValue(text('card_input.test_cards'), 'pm_card_visa');
      if (walk.country === 'CL') await person.fill(text('card_input.id_number'), '12.345.678-5');
      await person.check('card step');
      await person.press(text('card_form.save'));
      await person.heading(text('billing.page_title'));
      const visa = text('card.name', { brand: 'Visa', last4: '4242' });
      await person.sees(text('card_form.saved', { card: visa }));
      await person.check('payment methods, one card');

      // Two more cards, by the API as another frontend would, then the list drawn again.
      const token = (await page.evaluate(() => sessionStorage.getItem('card-vault.customer-token')))!;
      const chile = walk.country === 'CL' ? { id_type: 'RUT', id_number: '12.345.678-5' } : {};
      const names: string[] = [visa];
      for (const paymentMethod of ['pm_card_mastercard', 'pm_card_amex']) {
        const { card } = await callApi(app, 'POST', '/v1/cards', token, { payment_method: paymentMethod, holder_name: 'Ana Rojas', ...chile }, 201);
        names.push(text('card.name', { brand: brands[card.brand]!, last4: card.last4 }));
      }
      await page.getByRole('tab', { name: text('billing.tab_history') }).click();
      await page.getByRole('tab', { name: text('billing.tab_cards') }).click();
      const cards = page.locator('#card-list > li');
      await page.waitForFunction(() => document.querySelectorAll('#card-list > li').length === 3);
      const [, mastercard, amex] = names as [string, string, string];

      // Move up: the moved card keeps the keyboard (its other move button), and the notice says where it went.
      await person.press(text('cards.manage_label', { card: amex }));
      await person.check('card menu');
      await person.act(text('cards.action_label', { action: text('cards.move_up'), card: amex }));
      await person.sees(text('cards.moved_up', { card: amex, position: '2' }));
      expect(await person.focused()).to.equal(text('cards.action_label', { action: text('cards.move_down'), card: amex }));
      expect(await cards.nth(1).getAttribute('aria-label')).to.equal(amex);
      await person.check('card moved');

      // Delete asks first, naming the card; the notice names it after.
      await person.press(text('cards.manage_label', { card: mastercard }));
      await person.press(text('cards.action_label', { action: text('cards.delete'), card: mastercard }));
      await person.sees(text('cards.confirm_delete_text', { card: mastercard }));
      await person.check('delete confirmation');
      await person.act(text('cards.confirm_delete', { card: mastercard }));
      await person.sees(text('cards.deleted', { card: mastercard }));
      expect(await cards.count()).to.equal(2);

      await person.press(text('cards.manage_label', { card: amex }));
      await person.act(text('cards.action_label', { action: text('cards.make_default'), card: amex }));
      await person.sees(text('cards.made_default', { card: amex }));
      await person.check('new default');

      // Top up, with a review step naming the amount and the card, then a low-balance warning.
      await page.getByRole('tab', { name: text('billing.tab_topup') }).click();
      await person.heading(text('topup.balance_title'));
      expect(await cardInputShown(), 'the card field shows only for a new card').to.equal(false);
      await person.check('top-up form');
      await person.press(text('topup.review'));
      await person.sees(pattern('topup.review_text', { card: text('topup.card_default', { card: amex }) }));
      await person.check('top-up review');
      await person.act(new RegExp(`^${pattern('topup.pay').source}$`));
      await person.sees(pattern('topup.paid'));
      expect(await page.locator('#notice').innerText()).to.match(/[A-Z]+-\d{2} \d{4} \d{4}/);
      await person.check('top-up paid');
      await person.fill(text('alert.threshold', { currency: walk.country === 'CL' ? 'CLP' : 'USD' }), walk.country === 'CL' ? '999999' : '9999');
      await person.act(text('alert.save'));
      await person.sees(pattern('topup.low_balance'));
      await person.check('low balance');

      // The card-testing guard: after two failed cards today, the third try says why, until when, and the ways out.
      for (let i = 0; i < 2; i += 1) await callApi(app, 'POST', '/v1/cards', token, { payment_method: 'pm_card_visa_chargeDeclined', holder_name: 'Ana Rojas', ...chile }, 402);
      await page.getByRole('tab', { name: text('billing.tab_cards') }).click();
      await person.press(text('cards.add'));
      await person.chooseValue(text('card_input.test_cards'), 'pm_card_mastercard');
      if (walk.country === 'CL') await person.fill(text('card_input.id_number'), '12.345.678-5');
      await person.press(text('card_form.save'));
      await person.sees(pattern('error.too_many_card_failures'));
      await person.check('card-testing guard');

      await page.getByRole('tab', { name: text('billing.tab_history') }).click();
      await person.sees(text('history.added', { card: visa }));
      await person.check('history');
      // The paid top-up is in the payments, with a receipt carrying its number, grouped for reading out.
      const receiptButton = page.getByRole('button', { name: pattern('history.receipt_label') });
      const number = /^.*?([A-Z]+-\d{2} \d{4} \d{4})/.exec((await receiptButton.getAttribute('aria-label'))!)![1]!;
      await receiptButton.click();
      await person.focusMovesTo(page.getByRole('group', { name: text('history.receipt_title', { number }) }));
      await person.sees(text('history.receipt_for_topup'));
      await person.check('receipt');

      // The language switch writes the page again in the other language.
      const other = walk.language === 'en' ? 'es' : 'en';
      const otherText = (await catalogue(other)).text;
      await page.getByLabel(text('header.language')).selectOption(other);
      await person.heading(otherText('billing.page_title'));
      await person.sees(otherText('history.title'));
      await person.check('other language');
      await page.getByLabel(otherText('header.language')).selectOption(walk.language);
      await person.heading(text('billing.page_title'));

      // Support finds the account by the card's last 4 and reads it at the same width.
      const staff = new Person(await context.newPage(), `walk-support-${walk.width}`);
      await staff.open(`${app.url}/support`);
      await staff.fill('Support token', await app.token('alice', ['support']));
      await staff.press('Use this token');
      await staff.choose('Search by', "Card's last 4 digits");
      await staff.fill('Search for', '0005');
      await staff.press('Search');
      await staff.sees(email);
      await staff.check('support search');
      await staff.press(`Open ${email}`);
      await staff.heading(new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await staff.sees('Removed cards, and cards never added');
      await staff.check('support account');
      await staff.press('Show the audit log');
      await staff.sees('Opened an account');
      await staff.check('support audit');

      person.expectNoProblems();
      staff.expectNoProblems();
      await context.close();
    });
  }
});

