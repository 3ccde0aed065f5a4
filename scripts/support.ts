// Support lookups from a terminal, over the HTTP API:
//   npm run support -- find --email ada@example.com | --phone "+56 9 6123 4567" | --last4 4242 [--brand visa] [--exp 12/27]
//   npm run support -- why <account id | email | phone>
// Token: --token, else $CARD_VAULT_TOKEN, else a short-lived support token minted from the local
// config (AUTH_JWT_SECRET) in the name of the operator's login, so the audit log says who looked.
import { userInfo } from 'node:os';
import { TokenIssuer } from '../src/auth/token-issuer.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { runSupportCommand } from './support/run-support-command.js';

async function mintToken(): Promise<string> {
  const config = loadConfig();
  const issuer = new TokenIssuer({
    secret: config.AUTH_JWT_SECRET,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ttlSeconds: 300,
    clock: systemClock,
  });
  const subject = `support-cli:${userInfo().username}`;
  process.stderr.write(`(no --token or CARD_VAULT_TOKEN: using a 5-minute support token for ${subject} from the local config)\n`);
  return issuer.issue(subject, ['support']);
}

const exitCode = await runSupportCommand(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  mintToken,
});
process.exit(exitCode);
