// Mints a bearer token for operators and billing jobs:
//   npm run token -- --scope support --sub alice [--ttl 3600]
import { parseArgs } from 'node:util';
import { TokenIssuer } from '../src/auth/token-issuer.js';
import { scopes, type Scope } from '../src/auth/principal.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';

const { values } = parseArgs({
  options: { scope: { type: 'string', multiple: true }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' } },
});
const requested = (values.scope ?? []).flatMap((scope) => scope.split(/[ ,]+/)).filter(Boolean);
const unknown = requested.filter((scope) => !(scopes as readonly string[]).includes(scope));
if (!values.sub || requested.length === 0 || unknown.length > 0) {
  process.stderr.write(`usage: npm run token -- --scope <${scopes.join('|')}> --sub <who> [--ttl seconds]\n`);
  if (unknown.length > 0) process.stderr.write(`unknown scope: ${unknown.join(', ')}\n`);
  process.exit(2);
}
const config = loadConfig();
const issuer = new TokenIssuer({
  secret: config.AUTH_JWT_SECRET,
  issuer: config.AUTH_ISSUER,
  audience: config.AUTH_AUDIENCE,
  ttlSeconds: Number(values.ttl),
  clock: systemClock,
});
process.stdout.write(`${await issuer.issue(values.sub, requested as Scope[])}\n`);
