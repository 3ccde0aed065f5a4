import type { AccountSummary } from './support-api-client.js';

/** Search hits, one line each: id, email, name, country, mobile, status. */
export function formatAccountList(accounts: readonly AccountSummary[]): string {
  if (accounts.length === 0) return 'No account matches.';
  const rows = accounts.map((account) => [account.id, account.email, account.name ?? '-', account.country, account.mobile ?? '-', account.status]);
  const header = ['ACCOUNT', 'EMAIL', 'NAME', 'COUNTRY', 'MOBILE', 'STATUS'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  const plural = accounts.length === 1 ? 'account' : 'accounts';
  return [line(header), ...rows.map(line), '', `${accounts.length} ${plural}.`].join('\n');
}
