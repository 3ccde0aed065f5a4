// The baseline for bench/charges.ts: Express with the same JSON body parsing and nothing else, so
// the ratio shows what the service's own work costs. With BARE_DELAY_MS it waits that long before
// answering (the floor a charge cannot beat when the gateway takes that long: the table passes
// a try's two gateway calls).
import express from 'express';

const delayMs = Number(process.env.BARE_DELAY_MS ?? 0);
const app = express();
app.use(express.json({ limit: '64kb' }));
let counter = 0;
app.post('/v1/accounts/:account_id/charges', async (req, res) => {
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  const body = req.body as { amount: number; currency?: string };
  res.status(201).json({ id: `ch_${++counter}`, status: 'succeeded', amount: body.amount, currency: body.currency ?? 'USD', card_id: 'card_1', attempts: [] });
});
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
