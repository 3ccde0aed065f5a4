import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { declineMessages } from '../../../src/features/cards/rules/decline-messages.js';
import { errorCodes } from '../../../src/errors.js';

type Message = string | { one: string; other: string };
type Catalogue = Record<string, Message>;

const web = new URL('../../../src/web/customer/', import.meta.url);
// The pages are plain browser modules without type declarations: loaded by URL, not typechecked here.
const load = async <T>(path: string): Promise<T> => (await import(new URL(path, web).href)) as T;
const catalogues = async () => ({ en: (await load<{ default: Catalogue }>('messages/en.js')).default, es: (await load<{ default: Catalogue }>('messages/es.js')).default });

const texts = (message: Message) => (typeof message === 'string' ? [message] : [message.one, message.other]);
const placeholders = (message: Message) => [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();

/** Every key the customer pages ask for by name: t('…') in the modules, data-i18n in the page. */
function keysInUse(): string[] {
  const sources = readdirSync(web).filter((name) => name.endsWith('.js') || name.endsWith('.html')).map((name) => readFileSync(new URL(name, web), 'utf8'));
  return [...new Set(sources.flatMap((source) => [
    ...[...source.matchAll(/\bt\('([a-z_]+\.[a-z_.]+)'/g)].map((match) => match[1]!),
    ...[...source.matchAll(/'((?:cards|topup|ledger|history|transfer|auto_topup)\.[a-z_]+)'/g)].map((match) => match[1]!),
    ...[...source.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((match) => match[1]!),
  ]))].sort();
}

// Codes only billing jobs, support or webhooks meet, or that the page words by other means (declines).
const notForCustomers = new Set(['invalid_json', 'invalid_request', 'idempotency_key_required', 'invalid_idempotency_key', 'invalid_signature', 'card_declined', 'authentication_failed', 'all_cards_declined', 'insufficient_balance', 'balance_not_empty', 'transfer_already_credited', 'unsupported_media_type', 'rate_limited', 'resend_too_soon', 'too_many_card_failures', 'internal_error', 'retries_exhausted', 'charge_not_past_due']);

describe('the customer pages’ message catalogues (src/web/customer/messages)', () => {
  it('when a key is in one language, then it is in the other, with the same placeholders and plural forms', async () => {
    const { en, es } = await catalogues();
    expect(Object.keys(es).filter((key) => !(key in en)), 'in es.js only').to.deep.equal([]);
    expect(Object.keys(en).filter((key) => !(key in es)), 'missing from es.js').to.deep.equal([]);
    const mismatched = Object.keys(en).filter((key) => typeof en[key] !== typeof es[key] || placeholders(en[key]!).join() !== placeholders(es[key]!).join());
    expect(mismatched, 'placeholders or plural forms differ').to.deep.equal([]);
    expect(Object.entries(en).filter(([, message]) => texts(message).some((text) => !text.trim()))).to.deep.equal([]);
  });

  it('when a page asks for a key, then the catalogue has it', async () => {
    const { en } = await catalogues();
    const used = keysInUse();
    expect(used.length).to.be.greaterThan(100);
    expect(used.filter((key) => !(key in en))).to.deep.equal([]);
  });

  it('when the service can answer a customer with an error code, then the page has its own words for it', async () => {
    const { en } = await catalogues();
    expect(Object.keys(errorCodes).filter((code) => !notForCustomers.has(code) && !(`error.${code}` in en))).to.deep.equal([]);
  });

  it('when the service shows a decline to customers, then the page shows the same words, and hidden reasons read as the generic decline', async () => {
    const { en } = await catalogues();
    const { declineKey } = await load<{ declineKey(code: string, declineCode?: string): string }>('decline-keys.js');
    const differing = [...declineMessages].filter(([code, entry]) => en[`decline.${declineKey('card_declined', entry.customerDeclineCode)}`] !== entry.customerMessage).map(([code]) => code);
    expect(differing).to.deep.equal([]);
    expect(declineKey('card_declined', 'stolen_card')).to.equal('generic_decline');
    expect(declineKey('authentication_failed')).to.equal('authentication_failed');
  });

  it('when a customer reads any message, then it names no API path, id or unit of the API', async () => {
    const { en, es } = await catalogues();
    const leaking = [...Object.entries(en), ...Object.entries(es)].filter(([, message]) => texts(message).some((text) => /\/v1\/|card_[A-Za-z0-9]{6}|minor units|unidades menores|\b(POST|PUT|PATCH|GET|DELETE) \//.test(text)));
    expect(leaking).to.deep.equal([]);
  });
});
