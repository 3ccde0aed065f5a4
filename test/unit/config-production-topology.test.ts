import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration for several instances', () => {
  it('when REDIS_URL is unset, then limits stay per process and the JWKS cache has its defaults', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).to.equal(undefined);
    expect(config).to.include({ REDIS_KEY_PREFIX: 'card-vault:', REDIS_TIMEOUT_MS: 500, AUTH_JWKS_CACHE_SECONDS: 600, AUTH_JWKS_COOLDOWN_SECONDS: 30 });
  });

  it('when REDIS_URL is redis:// or rediss://, then it is accepted; anything else is refused by name', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379' }).REDIS_URL).to.equal('redis://cache:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache:6380/0' }).REDIS_URL).to.equal('rediss://user:pw@cache:6380/0');
    expect(() => loadConfig({ REDIS_URL: 'cache:6379' })).to.throw(ConfigError, /REDIS_URL/);
    expect(() => loadConfig({ AUTH_JWKS_CACHE_SECONDS: '0' })).to.throw(ConfigError, /AUTH_JWKS_CACHE_SECONDS/);
  });
});
