import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { Person } from './helpers/browser.js';
import type { BrowserApp } from './helpers/browser-app.js';
import { runInBrowser } from './helpers/browser-suite.js';
import { addCardByApi, callApi, onboardByApi, signInOnPage } from './helpers/customer-setup.js';

// The contract is docs/transfer-tickets.md (and API.md "Bank transfer tickets (seed 002)").
describe('bank transfer tickets in a browser: the customer sends one, support credits it', function () {
  let app: BrowserApp;
  let browser: Browser;
  runInBrowser(this, (started) => ({ app, browser } = started), { env: { TRANSFER_BANK_DETAILS: 'Bank: Banco Ejemplo\\nAccount: 12-345-678\\nHolder: Card Vault SpA' } });

  it('when a customer sends a ticket with the bank’s PDF, then support downloads the certificate and credits it, and the customer sees it credited', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const certificate = join(mkdtempSync(join(tmpdir(), 'ticket-')), 'certificate.pdf');
    writeFileSync(certificate, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

    const person = new Person(await browser.newPage(), 'ticket-customer');
    await signInOnPage(person, app, customer.email);
    await person.page.getByRole('tab', { name: 'Top up' }).click();
    await person.heading('Bank transfer');
    await person.sees('Account: 12-345-678');
    await person.sees('No transfer tickets yet.');
    await person.fill('Amount paid (USD)', '250');
    await person.fill('Transfer reference or invoice number', 'INV-BROWSER-1');
    await person.fill('Date of the transfer', '2026-11-30');
    await person.fill('Note for support (optional)', 'Paid from our company account');
    await person.field('Bank’s certificate (PDF, PNG or JPEG, at most 5 MB)').setInputFiles(certificate);
    await person.check('ticket form filled');
    await person.act('Send ticket');
    await person.sees('Your ticket for transfer INV-BROWSER-1 is sent. We will email you when it is credited.');
    await person.focusMovesTo(person.page.locator('#notice', { hasText: 'INV-BROWSER-1' }));
    expect(await person.page.getByRole('list', { name: 'Your transfer tickets' }).innerText()).to.match(/INV-BROWSER-1: \$250\.00\s*Being checked/);
    await person.check('ticket sent');

    // A second ticket for the same transfer: the page says so next to the reference.
    await person.fill('Amount paid (USD)', '250');
    await person.fill('Transfer reference or invoice number', 'INV-BROWSER-1');
    await person.fill('Date of the transfer', '2026-11-30');
    await person.field('Bank’s certificate (PDF, PNG or JPEG, at most 5 MB)').setInputFiles(certificate);
    await person.act('Send ticket');
    // The page's own words, next to the reference (not the API's detail, which names the reference).
    await person.sees('You already told us about this transfer, and that ticket is still open: support will credit it, so there is nothing more to send.');
    await person.focusMovesTo(person.field('Transfer reference or invoice number'));
    await person.check('ticket refused as a duplicate');

    const staff = new Person(await browser.newPage({ acceptDownloads: true }), 'ticket-support');
    await staff.open(`${app.url}/support`);
    await staff.fill('Support token', await app.token('agent.browser', ['support']));
    await staff.press('Use this token');
    await staff.press('Show open tickets');
    await staff.sees('INV-BROWSER-1: $250.00');
    await staff.sees('Paid from our company account');
    // The transfer's day as the console writes dates, not the API's 2026-11-30.
    await staff.sees(/paid on 30 Nov 2026 · sent \d{1,2} \w{3} \d{4}/);
    await staff.check('open tickets');
    const [download] = await Promise.all([staff.page.waitForEvent('download'), staff.press('Download certificate of INV-BROWSER-1')]);
    expect(download.suggestedFilename()).to.match(/^certificate-tkt_[A-Za-z0-9]{20}\.pdf$/);
    await staff.act('Credit balance with INV-BROWSER-1');
    await staff.sees('Transfer INV-BROWSER-1 is credited; the balance is now $250.00.');
    await staff.sees('No open tickets.');
    await staff.focusMovesTo(staff.page.getByRole('heading', { name: 'Bank transfer tickets' }));
    await staff.check('ticket credited');
    staff.expectNoProblems();

    expect((await callApi(app, 'GET', '/v1/balance', customer.token)).available).to.equal(25_000);
    await person.page.getByRole('tab', { name: 'History' }).click();
    await person.page.getByRole('tab', { name: 'Top up' }).click();
    // The tab is drawn anew: wait on the balance as found again, not on the node shown before.
    await person.page.locator('.balance', { hasText: /^\$250\.00$/ }).waitFor({ state: 'visible', timeout: 10_000 });
    // The tickets are fetched after the tab is drawn: wait for them.
    await person.page.getByRole('list', { name: 'Your transfer tickets' }).filter({ hasText: /INV-BROWSER-1: \$250\.00\s*Credited/ }).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await person.text(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN/);
    await person.check('ticket credited, customer side');
    person.expectNoProblems();
  });

  it('when a customer in Chile sends a ticket in Spanish on a 390 px phone with a comma for the cents, then the page answers in Spanish and lists the ticket in Chile’s formats', async () => {
    const customer = await onboardByApi(app);
    await addCardByApi(app, customer.token);
    const certificate = join(mkdtempSync(join(tmpdir(), 'ticket-')), 'comprobante.pdf');
    writeFileSync(certificate, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'es-CL', timezoneId: 'America/Santiago' });
    const person = new Person(await context.newPage(), 'ticket-customer-es');
    // Signed in in English (the choice is kept across the reload), then switched as a person does.
    await person.open(`${app.url}/`);
    await person.page.locator('#language').selectOption('en');
    await signInOnPage(person, app, customer.email);
    await person.page.locator('#language').selectOption('es');
    await person.page.getByRole('tab', { name: 'Recargar' }).click();
    await person.heading('Transferencia bancaria');
    await person.sees('Aún no hay avisos de transferencia.');

    // Not an amount: the page says so in its own words before sending anything.
    await person.fill('Monto pagado (USD)', 'mil');
    await person.act('Enviar aviso');
    await person.sees('Ingresa el monto que pagaste, tal como aparece en el comprobante del banco, con punto o coma para los decimales.');
    await person.focusMovesTo(person.field('Monto pagado (USD)'));
    await person.check('ticket amount refused, in Spanish');

    await person.fill('Monto pagado (USD)', '250,50');
    await person.fill('Número de operación o de factura', 'OP-CL-1');
    await person.fill('Fecha de la transferencia', '2026-11-30');
    // A file that only claims to be a PDF: the service reads its content and refuses it; the page
    // says what to attach, next to the file.
    const notPdf = join(mkdtempSync(join(tmpdir(), 'ticket-')), 'comprobante.pdf');
    writeFileSync(notPdf, 'just some text, not the bank’s certificate');
    await person.field('Comprobante del banco (PDF, PNG o JPEG, máximo 5 MB)').setInputFiles(notPdf);
    await person.act('Enviar aviso');
    await person.sees('Adjunta el comprobante del banco como archivo PDF, PNG o JPEG (sirve un escaneo o una foto).');
    await person.focusMovesTo(person.field('Comprobante del banco (PDF, PNG o JPEG, máximo 5 MB)'));
    await person.check('certificate refused, in Spanish');

    await person.field('Comprobante del banco (PDF, PNG o JPEG, máximo 5 MB)').setInputFiles(certificate);
    await person.act('Enviar aviso');
    await person.sees('Enviamos tu aviso de la transferencia OP-CL-1. Te avisaremos por correo cuando la abonemos.');
    await person.focusMovesTo(person.page.locator('#notice', { hasText: 'OP-CL-1' }));
    const listed = person.page.getByRole('list', { name: 'Tus avisos de transferencia' });
    await listed.filter({ hasText: /OP-CL-1: US\$250,50\s*En revisión/ }).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await listed.innerText()).to.match(/Enviado el \d{1,2} [a-z]{3,4}\.? \d{4}/);
    await person.check('ticket sent, in Spanish');
    expect(await person.text(), 'no placeholder leaks onto the page').not.to.match(/\bnull\b|\bundefined\b|NaN|\{\w+\}/);
    person.expectNoProblems();
    await context.close();

    const tickets = await callApi(app, 'GET', '/v1/transfer-tickets', customer.token);
    expect(tickets.data[0]).to.include({ reference: 'OP-CL-1', amount: 25_050, currency: 'USD' });
  });
});
