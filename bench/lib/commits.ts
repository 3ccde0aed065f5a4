export interface Commits {
  service: number;
  simulator: number;
}

/** The service's durable commits so far (`cardvault_db_commits_total` on its /metrics), the
 * service's own and the embedded gateway simulator's. */
export async function readCommits(url: string): Promise<Commits> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const count = (by: string) => {
    const match = new RegExp(`^cardvault_db_commits_total\\{by="${by}"\\} (\\d+)`, 'm').exec(text);
    return match ? Number(match[1]) : 0;
  };
  if (!text.includes('cardvault_db_commits_total')) throw new Error('the service reports no cardvault_db_commits_total');
  return { service: count('service'), simulator: count('simulator') };
}
