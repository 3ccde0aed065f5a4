import { expect } from 'chai';
import type { Customer } from './customer-flow.js';
import type { TestApp } from './test-app.js';

/** The smallest files of each kind a bank's certificate comes as, and a few it must not. */
export const files = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0', 'latin1')]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
  html: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
};

export interface TicketFormInput {
  amount?: string;
  currency?: string;
  reference?: string;
  paid_on?: string;
  note?: string;
  [name: string]: string | undefined;
}

let references = 0;
export const uniqueReference = (label = 'WIRE') => `${label}-${Date.now()}-${++references}`;

export const ticketFields = (overrides: TicketFormInput = {}): TicketFormInput => ({
  amount: '50000',
  currency: 'USD',
  reference: uniqueReference(),
  paid_on: '2026-11-30',
  ...overrides,
});

/** `POST /v1/transfer-tickets` as the customer page sends it: the fields, then the file. */
export function postTicket(t: TestApp, customer: Customer, fields: TicketFormInput = ticketFields(), file: { content: Buffer; filename: string; contentType?: string } | null = { content: files.pdf, filename: 'certificate.pdf' }) {
  let request = t.api.post('/v1/transfer-tickets').set(customer.auth);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) request = request.field(name, value);
  if (file) request = request.attach('certificate', file.content, { filename: file.filename, contentType: file.contentType ?? 'application/pdf' });
  return request;
}

/** A multipart body written by hand, for what no browser would send. */
export function rawForm(parts: Array<{ name: string; value: string | Buffer; filename?: string }>, boundary = 'cardvaultboundary7MA4YWxkTrZu0gW') {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.filename ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`));
    chunks.push(Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Tickets and certificates stored, across every account: what "nothing stored" is checked on. */
export async function storedTicketCount(t: TestApp): Promise<{ tickets: number; certificates: number }> {
  const [tickets] = await t.db('transfer_tickets').count({ n: '*' });
  const [certificates] = await t.db('transfer_ticket_certificates').count({ n: '*' });
  return { tickets: Number(tickets?.n), certificates: Number(certificates?.n) };
}

export async function supportAuth(t: TestApp, subject = 'agent.tickets'): Promise<{ Authorization: string }> {
  return { Authorization: `Bearer ${await t.token(subject, ['support'])}` };
}

export function expectProblem(response: { status: number; body: { code?: string }; headers: Record<string, string> }, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).to.equal(status);
  expect(response.headers['content-type']).to.match(/^application\/problem\+json/);
  expect(response.body.code).to.equal(code);
}
