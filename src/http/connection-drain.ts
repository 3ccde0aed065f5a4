import type { Server, ServerResponse } from 'node:http';

/**
 * Lets a stopping server end its kept-alive connections. `server.close()` only refuses new
 * connections and ends the idle ones: a connection busy when the drain starts is served for as long
 * as its client keeps reusing it, holding the old process alive and its client (a billing job, a
 * load balancer) on an instance that is going away. After `begin()`, every answer still to be given
 * closes its connection: with `Connection: close` when its headers are not yet sent, by ending the
 * socket after it otherwise.
 */
export function connectionDrain(server: Server): { begin(): void } {
  let draining = false;
  const answering = new Set<ServerResponse>();
  const closeWhenAnswered = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
    else res.once('finish', () => res.socket?.destroySoon());
  };
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (draining) return closeWhenAnswered(res);
    answering.add(res);
    res.once('close', () => answering.delete(res));
  });
  return {
    begin() {
      draining = true;
      for (const res of answering) closeWhenAnswered(res);
      answering.clear();
    },
  };
}
