import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { balanceOf, onBothDatabases } from '../helpers/balance-flow.js';
import { uniqueKey } from '../helpers/charge-flow.js';
import { onboard } from '../helpers/customer-flow.js';
import { createTestApp } from '../helpers/test-app.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { CERTIFICATE_MAX_BYTES } from '../../src/features/transfer-tickets/read-ticket-form.js';
import { expectProblem, files, postTicket, rawForm, storedTicketCount, supportAuth, ticketFields, uniqueReference } from '../helpers/ticket-flow.js';

onBothDatabases('bank transfer tickets', (app) => {
  it('when a customer sends a PDF and a PNG certificate, then both tickets are submitted, listed newest first, and each sends an email', async () => {
    const t = app();
    const customer = await onboard(t);
    const pdf = await postTicket(t, customer, ticketFields({ reference: 'INV-2026-0001', note: 'Paid from\nmy company account' }));
    expect(pdf.status, JSON.stringify(pdf.body)).to.equal(201);
    expect(pdf.body).to.include({ status: 'submitted', amount: 50_000, currency: 'USD', reference: 'INV-2026-0001', paid_on: '2026-11-30', note: 'Paid from\nmy company account' });
    expect(pdf.body.id).to.match(/^tkt_[A-Za-z0-9]{20}$/);
    expect(pdf.body.certificate).to.deep.equal({ type: 'application/pdf', size: files.pdf.length });
    expect(pdf.body).to.not.have.property('decided_at');
    const png = await postTicket(t, customer, ticketFields({ currency: 'usd', amount: '1250' }), { content: files.png, filename: 'scan.png', contentType: 'image/png' });
    expect(png.status, JSON.stringify(png.body)).to.equal(201);
    expect(png.body).to.include({ currency: 'USD', amount: 1250, note: null });
    expect(png.body.certificate.type).to.equal('image/png');

    const list = await t.api.get('/v1/transfer-tickets').set(customer.auth);
    expect(list.status).to.equal(200);
    expect(list.body.data.map((ticket: { id: string }) => ticket.id)).to.deep.equal([png.body.id, pdf.body.id]);
    expect(list.body.has_more).to.equal(false);
    const one = await t.api.get(`/v1/transfer-tickets/${pdf.body.id}`).set(customer.auth);
    expect(one.body).to.deep.equal(pdf.body);

    await t.messagesSettled();
    const emails = t.inbox.sentTo(customer.email).filter((message) => message.template === 'transfer_ticket_submitted');
    expect(emails).to.have.length(2);
    expect(emails[0]!.text).to.contain('500.00 USD').and.contain('INV-2026-0001').and.contain('three working days');
    expect((await balanceOf(t, customer)).available, 'nothing credited before support checks').to.equal(0);
  });

  it("when another account asks for a customer's ticket, then 404, and its list does not show it", async () => {
    const t = app();
    const owner = await onboard(t);
    const other = await onboard(t);
    const ticket = await postTicket(t, owner);
    expect(ticket.status).to.equal(201);
    expectProblem(await t.api.get(`/v1/transfer-tickets/${ticket.body.id}`).set(other.auth), 404, 'not_found');
    expect((await t.api.get('/v1/transfer-tickets').set(other.auth)).body.data).to.deep.equal([]);
    expectProblem(await t.api.get('/v1/transfer-tickets/tkt_notoursnotours').set(owner.auth), 404, 'not_found');
    expectProblem(await t.api.get(`/v1/support/transfer-tickets/${ticket.body.id}/certificate`).set(owner.auth), 403, 'forbidden');
    expectProblem(await t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/credit`).set(owner.auth), 403, 'forbidden');
  });

  it('when the certificate is HTML renamed .pdf, empty, 5 MB + 1 byte, missing, or the form is a multipart bomb, then a clear refusal and nothing stored', async () => {
    const t = app();
    const customer = await onboard(t);
    const before = await storedTicketCount(t);

    const html = await postTicket(t, customer, ticketFields(), { content: files.html, filename: 'certificate.pdf', contentType: 'application/pdf' });
    expectProblem(html, 422, 'invalid_certificate');
    expect(html.body.detail).to.contain('not a PDF, PNG or JPEG');
    expectProblem(await postTicket(t, customer, ticketFields(), { content: Buffer.alloc(0), filename: 'empty.pdf' }), 422, 'invalid_certificate');
    expectProblem(await postTicket(t, customer, ticketFields(), null), 422, 'invalid_certificate');

    const tooBig = Buffer.alloc(CERTIFICATE_MAX_BYTES + 1, 0x20);
    files.pdf.copy(tooBig);
    const big = await postTicket(t, customer, ticketFields(), { content: tooBig, filename: 'big.pdf' });
    expectProblem(big, 413, 'payload_too_large');
    expect(big.body.detail).to.contain('5 MB');
    // Exactly at the limit is accepted: the limit is the one the page and the contract state.
    const atLimit = Buffer.alloc(CERTIFICATE_MAX_BYTES, 0x20);
    files.pdf.copy(atLimit);
    expect((await postTicket(t, customer, ticketFields(), { content: atLimit, filename: 'limit.pdf' })).status).to.equal(201);
    const afterLimit = await storedTicketCount(t);

    const bombParts = Array.from({ length: 5000 }, (_, index) => ({ name: `f${index}`, value: 'x' }));
    const bomb = rawForm([...Object.entries(ticketFields()).map(([name, value]) => ({ name, value: value! })), ...bombParts, { name: 'certificate', value: files.pdf, filename: 'c.pdf' }]);
    const bombed = await t.api.post('/v1/transfer-tickets').set(customer.auth).set('Content-Type', bomb.contentType).send(bomb.body);
    expectProblem(bombed, 413, 'payload_too_large');
    expect(bombed.body.detail).to.contain('parts');
    const files2 = rawForm([...Object.entries(ticketFields()).map(([name, value]) => ({ name, value: value! })), { name: 'certificate', value: files.pdf, filename: 'a.pdf' }, { name: 'certificate', value: files.pdf, filename: 'b.pdf' }]);
    expect((await t.api.post('/v1/transfer-tickets').set(customer.auth).set('Content-Type', files2.contentType).send(files2.body)).status).to.equal(413);
    const truncated = rawForm([{ name: 'amount', value: '5000' }]);
    expectProblem(await t.api.post('/v1/transfer-tickets').set(customer.auth).set('Content-Type', truncated.contentType).send(truncated.body.subarray(0, truncated.body.length - 10)), 400, 'invalid_request');
    expectProblem(await t.api.post('/v1/transfer-tickets').set(customer.auth).send({ amount: 5000 }), 415, 'unsupported_media_type');

    expect(await storedTicketCount(t)).to.deep.equal({ tickets: before.tickets + 1, certificates: before.certificates + 1 });
    expect(afterLimit).to.deep.equal({ tickets: before.tickets + 1, certificates: before.certificates + 1 });
    expect((await t.api.get('/v1/transfer-tickets').set(customer.auth)).body.data).to.have.length(1);
  });

  it('when a form announces more than 5 MB, then 413 before a byte of it is read, and the connection closes', async () => {
    const t = app();
    const customer = await onboard(t);
    const server = t.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/transfer-tickets', headers: { ...customer.auth, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }));
        });
        request.on('error', reject);
        request.flushHeaders(); // the headers alone: the body is never sent
      });
      expect(answer.status).to.equal(413);
      expect(answer.connection).to.equal('close');
      expect(JSON.parse(answer.body).code).to.equal('payload_too_large');
    } finally {
      server.close();
    }
  });

  it('when a text field holds a card number, a control character or a bad value, then 422 naming it and nothing stored', async () => {
    const t = app();
    const customer = await onboard(t);
    const before = await storedTicketCount(t);
    expectProblem(await postTicket(t, customer, ticketFields({ reference: '4242 4242 4242 4242' })), 422, 'raw_card_data_refused');
    expectProblem(await postTicket(t, customer, ticketFields({ note: 'card 4000-0566-5566-5556 exp 12/30' })), 422, 'raw_card_data_refused');
    const control = await postTicket(t, customer, ticketFields({ reference: 'WIRE\u0000-1' }));
    expectProblem(control, 422, 'validation_failed');
    expect(control.body.errors).to.deep.equal([{ field: 'reference', message: control.body.errors[0].message }]);
    expectProblem(await postTicket(t, customer, ticketFields({ amount: '12.50' })), 422, 'invalid_amount');
    expectProblem(await postTicket(t, customer, ticketFields({ amount: '0' })), 422, 'invalid_amount');
    expectProblem(await postTicket(t, customer, ticketFields({ currency: 'EUR' })), 422, 'currency_mismatch');
    const date = await postTicket(t, customer, ticketFields({ paid_on: '2026-02-30' }));
    expectProblem(date, 422, 'validation_failed');
    expect(date.body.errors.map((error: { field: string }) => error.field)).to.deep.equal(['paid_on']);
    expectProblem(await postTicket(t, customer, ticketFields({ paid_on: '2999-01-01' })), 422, 'validation_failed');
    expectProblem(await postTicket(t, customer, ticketFields({ reference: ' ' })), 422, 'validation_failed');
    expectProblem(await postTicket(t, customer, ticketFields({ iban: 'x' })), 422, 'validation_failed');
    expect(await storedTicketCount(t)).to.deep.equal(before);
  });

  it('when a second ticket names an open ticket’s reference, then 409 transfer_ticket_exists; once it is rejected, the reference can be sent again', async () => {
    const t = app();
    const customer = await onboard(t);
    const reference = uniqueReference();
    const first = await postTicket(t, customer, ticketFields({ reference }));
    expect(first.status).to.equal(201);
    const again = await postTicket(t, customer, ticketFields({ reference }));
    expectProblem(again, 409, 'transfer_ticket_exists');
    expect(again.body.ticket_id).to.equal(first.body.id);
    const raced = await Promise.all([1, 2, 3].map(() => postTicket(t, customer, ticketFields({ reference: `${reference}-R` }))));
    expect(raced.map((response) => response.status).sort()).to.deep.equal([201, 409, 409]);
    // Another account's transfer may carry the same reference: tickets are per account.
    expect((await postTicket(t, await onboard(t), ticketFields({ reference }))).status).to.equal(201);

    const support = await supportAuth(t);
    expect((await t.api.post(`/v1/support/transfer-tickets/${first.body.id}/reject`).set(support).send({ reason: 'The certificate shows another account.' })).status).to.equal(200);
    expect((await postTicket(t, customer, ticketFields({ reference }))).status).to.equal(201);
  });

  it('when support lists, downloads, and credits a ticket, then the queue is oldest first, the certificate is an audited attachment, and the balance is credited once', async () => {
    const t = app();
    const customer = await onboard(t);
    const support = await supportAuth(t);
    const older = await postTicket(t, customer, ticketFields({ amount: '30000' }));
    const newer = await postTicket(t, customer, ticketFields({ amount: '20000' }), { content: files.jpeg, filename: 'photo.jpg', contentType: 'image/jpeg' });
    const queue = await t.api.get('/v1/support/transfer-tickets?status=submitted').set(support);
    expect(queue.status, JSON.stringify(queue.body)).to.equal(200);
    const ids = queue.body.data.map((ticket: { id: string }) => ticket.id);
    expect(ids.indexOf(older.body.id)).to.be.lessThan(ids.indexOf(newer.body.id));
    expect(queue.body.data.find((ticket: { id: string }) => ticket.id === older.body.id)).to.include({ account_id: customer.accountId, status: 'submitted' });

    const download = await t.api.get(`/v1/support/transfer-tickets/${newer.body.id}/certificate`).set(support).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(download.status).to.equal(200);
    expect(download.headers['content-type']).to.equal('image/jpeg');
    expect(download.headers['content-disposition']).to.equal(`attachment; filename="certificate-${newer.body.id}.jpg"`);
    expect(download.headers['x-content-type-options']).to.equal('nosniff');
    expect(Buffer.compare(download.body as Buffer, files.jpeg)).to.equal(0);

    // The operators' view of the queue: how many wait, and for how long.
    const metric = async (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec((await t.api.get('/metrics')).text)?.[1]);
    const open = await metric('card_vault_transfer_tickets_open');
    expect(open).to.be.at.least(2);
    t.clock.advanceSeconds(2 * 86_400);
    expect(await metric('card_vault_transfer_tickets_oldest_open_seconds')).to.be.at.least(2 * 86_400);

    const credited = await t.api.post(`/v1/support/transfer-tickets/${older.body.id}/credit`).set(support);
    expect(credited.status, JSON.stringify(credited.body)).to.equal(200);
    expect(credited.body.ticket).to.include({ status: 'credited', decided_by: 'agent.tickets' });
    expect(credited.body.ticket.decided_at).to.be.a('string');
    expect(credited.body.balance).to.deep.equal({ available: 30_000, currency: 'USD' });
    const ledger = (await t.api.get('/v1/balance/transactions').set(customer.auth)).body.data;
    expect(ledger[0]).to.include({ id: credited.body.ticket.transaction_id, type: 'transfer', amount: 30_000, transfer_reference: older.body.reference });
    expectProblem(await t.api.post(`/v1/support/transfer-tickets/${older.body.id}/credit`).set(support), 409, 'transfer_ticket_decided');
    expect((await t.api.get(`/v1/transfer-tickets/${older.body.id}`).set(customer.auth)).body.status).to.equal('credited');
    const stillOpen = (await t.api.get('/v1/support/transfer-tickets?status=submitted').set(support)).body.data.map((ticket: { id: string }) => ticket.id);
    expect(stillOpen).to.include(newer.body.id).and.not.include(older.body.id);
    expect(await metric('card_vault_transfer_tickets_open')).to.equal(open - 1);

    await t.messagesSettled();
    const email = t.inbox.sentTo(customer.email).find((message) => message.template === 'transfer_ticket_credited');
    expect(email?.text).to.contain('300.00 USD').and.contain(older.body.reference);
    const audit = (await t.api.get(`/v1/support/audit?account_id=${customer.accountId}`).set(support)).body.data as Array<{ action: string }>;
    const actions = audit.map((event) => event.action);
    expect(actions).to.include.members(['list_transfer_tickets', 'read_transfer_certificate', 'credit_transfer_ticket']);
  });

  it('when two supports credit the same ticket at once, then the balance is credited once and the other is told it was decided', async () => {
    const t = app();
    const customer = await onboard(t);
    const ticket = await postTicket(t, customer, ticketFields({ amount: '7000' }));
    const answers = await Promise.all(['agent.one', 'agent.two', 'agent.three'].map(async (agent) => t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/credit`).set(await supportAuth(t, agent))));
    expect(answers.map((answer) => answer.status).sort()).to.deep.equal([200, 409, 409]);
    for (const answer of answers.filter((response) => response.status === 409)) expect(answer.body.code).to.equal('transfer_ticket_decided');
    expect((await balanceOf(t, customer)).available).to.equal(7000);
    await t.messagesSettled();
    expect(t.inbox.sentTo(customer.email).filter((message) => message.template === 'transfer_ticket_credited')).to.have.length(1);

    // A credit and a rejection at once: one decides, and the balance agrees with whichever it was.
    const contested = await postTicket(t, customer, ticketFields({ amount: '300' }));
    const support = await supportAuth(t);
    const [credit, reject] = await Promise.all([
      t.api.post(`/v1/support/transfer-tickets/${contested.body.id}/credit`).set(support),
      t.api.post(`/v1/support/transfer-tickets/${contested.body.id}/reject`).set(support).send({ reason: 'Not on our statement.' }),
    ]);
    expect([credit.status, reject.status].sort()).to.deep.equal([200, 409]);
    const final = (await t.api.get(`/v1/transfer-tickets/${contested.body.id}`).set(customer.auth)).body;
    expect(final.status).to.equal(credit.status === 200 ? 'credited' : 'rejected');
    expect((await balanceOf(t, customer)).available).to.equal(credit.status === 200 ? 7300 : 7000);
  });

  it('when support rejects a ticket, then the customer is emailed the reason and it can no longer be credited; a reference already credited is refused by the transfer rule', async () => {
    const t = app();
    const customer = await onboard(t);
    const support = await supportAuth(t);
    const ticket = await postTicket(t, customer);
    expectProblem(await t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/reject`).set(support).send({ reason: '' }), 422, 'validation_failed');
    const rejected = await t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/reject`).set(support).send({ reason: 'The certificate is for a different amount (400.00 USD).' });
    expect(rejected.status, JSON.stringify(rejected.body)).to.equal(200);
    expect(rejected.body).to.include({ status: 'rejected', rejection_reason: 'The certificate is for a different amount (400.00 USD).' });
    const seen = await t.api.get(`/v1/transfer-tickets/${ticket.body.id}`).set(customer.auth);
    expect(seen.body).to.include({ status: 'rejected', rejection_reason: 'The certificate is for a different amount (400.00 USD).' });
    expect(seen.body.decided_at).to.be.a('string');
    expectProblem(await t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/credit`).set(support), 409, 'transfer_ticket_decided');
    expectProblem(await t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/reject`).set(support).send({ reason: 'again' }), 409, 'transfer_ticket_decided');
    await t.messagesSettled();
    const email = t.inbox.sentTo(customer.email).find((message) => message.template === 'transfer_ticket_rejected');
    expect(email?.text).to.contain('The certificate is for a different amount (400.00 USD).');

    // Support already recorded this transfer by hand: the ticket's credit is refused, and stays open to reject.
    const reference = uniqueReference();
    const manual = await t.api.post(`/v1/support/accounts/${customer.accountId}/transfers`).set(support).set('Idempotency-Key', uniqueKey('transfer')).send({ amount: 1000, currency: 'USD', reference });
    expect(manual.status).to.equal(201);
    const duplicate = await postTicket(t, customer, ticketFields({ reference, amount: '1000' }));
    expectProblem(await t.api.post(`/v1/support/transfer-tickets/${duplicate.body.id}/credit`).set(support), 409, 'transfer_already_credited');
    expect((await t.api.get(`/v1/transfer-tickets/${duplicate.body.id}`).set(customer.auth)).body.status).to.equal('submitted');
    expect((await balanceOf(t, customer)).available).to.equal(1000);
  });
});

describe('the bank details the Top up page shows (TRANSFER_BANK_DETAILS)', () => {
  it('when TRANSFER_BANK_DETAILS is set with \\n between lines, then the page config lists the lines; unset, it has none', async () => {
    const withDetails = await createTestApp({ env: { TRANSFER_BANK_DETAILS: 'Bank: Banco Ejemplo\\nAccount: 12-345-678\\n Holder: Card Vault SpA ' } });
    try {
      expect((await withDetails.api.get('/pages/config.json')).body.transfer_bank_details).to.deep.equal(['Bank: Banco Ejemplo', 'Account: 12-345-678', 'Holder: Card Vault SpA']);
    } finally {
      await withDetails.close();
    }
    const without = await createTestApp();
    try {
      expect((await without.api.get('/pages/config.json')).body).to.not.have.property('transfer_bank_details');
    } finally {
      await without.close();
    }
  });
});

describe('a certificate sent through one instance is served by another (the bytes live in the database)', () => {
  for (const database of ['SQLite file', 'PostgreSQL'] as const) {
    it(`when a ticket is sent to instance A, then support downloads its certificate and credits it on instance B (${database})`, async function () {
      let url: string;
      let drop = async () => {};
      if (database === 'PostgreSQL') {
        const schema = await createPostgresSchema();
        if (!schema) return this.skip();
        url = schema.url;
        drop = schema.drop;
      } else {
        const directory = mkdtempSync(join(tmpdir(), 'tickets-'));
        url = join(directory, 'shared.sqlite');
        drop = async () => rmSync(directory, { recursive: true, force: true });
      }
      const a = await createTestApp({ databaseUrl: url });
      const b = await createTestApp({ databaseUrl: url });
      try {
        const customer = await onboard(a);
        const sent = await postTicket(a, customer, ticketFields(), { content: files.png, filename: 'scan.png', contentType: 'image/png' });
        expect(sent.status, JSON.stringify(sent.body)).to.equal(201);
        const support = await supportAuth(b);
        const download = await b.api.get(`/v1/support/transfer-tickets/${sent.body.id}/certificate`).set(support).buffer(true).parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
        expect(download.status).to.equal(200);
        expect(Buffer.compare(download.body as Buffer, files.png)).to.equal(0);
        expect((await b.api.post(`/v1/support/transfer-tickets/${sent.body.id}/credit`).set(support)).status).to.equal(200);
        expect((await a.api.get(`/v1/transfer-tickets/${sent.body.id}`).set(customer.auth)).body.status).to.equal('credited');
      } finally {
        await a.close();
        await b.close();
        await drop();
      }
    });
  }
});
