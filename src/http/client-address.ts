import { isIP } from 'node:net';
import type { Request } from 'express';

/**
 * The client's address as the per-address limits and anonymous idempotency keys see it: Express's
 * `req.ip` (the X-Forwarded-For entry TRUST_PROXY points at), but only when that is an IP
 * address. With a proxy that passes a client's own header through (TRUST_PROXY counting one hop
 * too many), that entry is whatever the client wrote; a value that is no address falls back to the
 * socket's address, so a client cannot mint a fresh key per request with junk in the header.
 */
export function clientAddressOf(req: Request): string {
  const ip = req.ip;
  if (ip && isIP(ip) !== 0) return ip;
  return req.socket?.remoteAddress ?? 'unknown';
}
