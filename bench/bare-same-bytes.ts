// The baseline for GET rows of the bench: Express + helmet + express.json() answering, for any
// GET, the bytes in BARE_BODY_FILE with its content type: the same response the service sends,
// without the service's work.
import { readFileSync } from 'node:fs';
import express from 'express';
import helmet from 'helmet';

const body = readFileSync(process.env.BARE_BODY_FILE!);
const app = express();
app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '64kb' }));
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
app.get('/*path', (_req, res) => {
  res.type('application/json; charset=utf-8').send(body);
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
