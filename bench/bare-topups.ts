// The baseline for bench/topups.ts: Express with the same JSON body parsing and nothing else, so
// the ratio shows what a top-up's own work costs (the ledger, the two gateway steps, the receipt).
import express from 'express';

const app = express();
app.use(express.json({ limit: '64kb' }));
let counter = 0;
let balance = 0;
app.post('/v1/topups', (req, res) => {
  const body = req.body as { amount: number };
  balance += body.amount;
  res.status(201).json({ topup: { id: `tu_${++counter}`, number: `TU-${counter}`, status: 'paid', amount: body.amount, currency: 'USD' }, balance: { available: balance, currency: 'USD' } });
});
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
