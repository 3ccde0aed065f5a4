// The baseline for the activation row of bench/table.ts: Express + helmet + express.json()
// answering the five activation requests with the status and body the service gave them once
// (BARE_ANSWERS_FILE, recorded by bench/scenarios/activation.ts), so the ratio shows what the
// service's own work costs: codes, hashing, the outbox, the account rows.
import { readFileSync } from 'node:fs';
import express from 'express';
import helmet from 'helmet';
import type { CannedAnswers } from './scenarios/activation.js';

const answers = JSON.parse(readFileSync(process.env.BARE_ANSWERS_FILE!, 'utf8')) as CannedAnswers;
const app = express();
app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '64kb' }));
const answer = (step: keyof CannedAnswers) => (_req: express.Request, res: express.Response) => {
  res.status(answers[step].status).type('application/json; charset=utf-8').send(answers[step].body);
};
app.post('/v1/accounts', answer('register'));
app.post('/v1/onboarding/email-code/verify', answer('email-verify'));
app.post('/v1/onboarding/mobile-code', answer('mobile-code'));
app.post('/v1/onboarding/mobile-code/verify', answer('mobile-verify'));
app.put('/v1/onboarding/details', answer('details'));
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
