import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config.js';

const failure = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return 'loaded';
};

describe('configuration', () => {
  it('when nothing is set, then the embedded defaults apply', () => {
    const config = loadConfig({});
    expect(config).to.include({ PORT: 3000, GATEWAY: 'simulator', MESSAGE_TRANSPORT: 'console', DATABASE_URL: 'data/card-vault.sqlite', trustProxy: false });
    expect(config.PUBLIC_BASE_URL).to.equal('http://localhost:3000');
    expect(Object.isFrozen(config)).to.equal(true);
  });

  it('when a variable is malformed, then the message names it', () => {
    expect(failure({ PORT: 'eighty' })).to.include('PORT');
    expect(failure({ GATEWAY: 'paypal' })).to.include('GATEWAY');
  });

  it('when the JWT secret is shorter than 32 bytes, then start-up stops', () => {
    expect(failure({ AUTH_JWT_SECRET: 'short' })).to.include('AUTH_JWT_SECRET: must be at least 32 bytes');
  });

  it('when production runs with development secrets, then each one is refused by name', () => {
    const message = failure({ NODE_ENV: 'production' });
    for (const name of ['AUTH_JWT_SECRET', 'CODE_SECRET', 'DATA_ENCRYPTION_KEY']) expect(message).to.include(`${name}: the development default is refused in production`);
  });

  it('when production would print codes (console transport, or smtp without an SMS webhook), then it is refused', () => {
    const secrets = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'p'.repeat(40), CODE_SECRET: 'c'.repeat(40), DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
    expect(failure(secrets)).to.include('MESSAGE_TRANSPORT: console prints one-time codes');
    expect(failure({ ...secrets, MESSAGE_TRANSPORT: 'smtp', SMTP_URL: 'smtp://mail.example.com' })).to.include('MESSAGE_WEBHOOK_URL');
    expect(failure({ ...secrets, MESSAGE_TRANSPORT: 'smtp', SMTP_URL: 'smtp://mail.example.com', MESSAGE_WEBHOOK_URL: 'https://sms.example.com/send' })).to.equal('loaded');
  });

  it('when TRUST_PROXY is true, then it is refused; hop counts and lists are accepted', () => {
    expect(failure({ TRUST_PROXY: 'true' })).to.include('TRUST_PROXY');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).to.equal(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).to.deep.equal(['10.0.0.0/8', '127.0.0.1']);
  });

  it('when a transport or gateway needs a setting that is missing, then it is named', () => {
    expect(failure({ MESSAGE_TRANSPORT: 'webhook' })).to.include('MESSAGE_WEBHOOK_URL');
    expect(failure({ MESSAGE_TRANSPORT: 'smtp' })).to.include('SMTP_URL');
    expect(failure({ GATEWAY: 'stripe' })).to.include('STRIPE_SECRET_KEY');
  });

  it('when the data key is not 32 bytes of base64, then it is refused', () => {
    expect(failure({ DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).to.include('DATA_ENCRYPTION_KEY');
  });

  it('when BILLING_WEBHOOK_URL is set, then BILLING_WEBHOOK_SECRET must be at least 32 bytes', () => {
    expect(failure({ BILLING_WEBHOOK_URL: 'https://billing.example.com/hooks' })).to.include('BILLING_WEBHOOK_SECRET: must be at least 32 bytes');
    expect(failure({ BILLING_WEBHOOK_URL: 'https://billing.example.com/hooks', BILLING_WEBHOOK_SECRET: 'short' })).to.include('BILLING_WEBHOOK_SECRET');
    expect(failure({ BILLING_WEBHOOK_URL: 'https://billing.example.com/hooks', BILLING_WEBHOOK_SECRET: 'x'.repeat(32) })).to.equal('loaded');
  });

  it('when EXPIRY_NOTICE_DAYS is set, then it is whole days, distinct, largest first; anything else is refused by name', () => {
    expect(loadConfig({}).EXPIRY_NOTICE_DAYS).to.deep.equal([30, 7]);
    expect(loadConfig({ EXPIRY_NOTICE_DAYS: '7, 30,14,7' }).EXPIRY_NOTICE_DAYS).to.deep.equal([30, 14, 7]);
    for (const value of ['30;7', 'a month', '0', '30,-7']) expect(failure({ EXPIRY_NOTICE_DAYS: value })).to.include('EXPIRY_NOTICE_DAYS');
  });
});
