// Top-ups through the HTTP API: each request tops up one account (round robin) from its default
// card under a fresh idempotency key. Used by bench/topups.ts and bench/table.ts.
import { runLoad, type LoadResult } from '../load.js';
import { warnUnless } from './charges.js';

export function topupSender(url: string, tokens: string[], run: string) {
  return async (index: number) => {
    const response = await fetch(`${url}/v1/topups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[index % tokens.length]}`, 'content-type': 'application/json', 'idempotency-key': `bench-${run}-${index}` },
      body: JSON.stringify({ amount: 10_000 }),
    });
    await response.arrayBuffer();
    return response.status;
  };
}

/** 100 warm-up top-ups (10 in flight), then `total` timed ones with `concurrency` in flight. */
export async function runTopups(url: string, tokens: string[], total: number, concurrency: number, run: string): Promise<LoadResult> {
  await runLoad(100, 10, topupSender(url, tokens, `${run}-warm`));
  const result = await runLoad(total, concurrency, topupSender(url, tokens, run));
  warnUnless('201', `top-ups ${run}`, result);
  return result;
}
