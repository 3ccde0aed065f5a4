import { findCurrency } from './currencies.js';

/** Minor units as a person reads them: 1250 USD → "12.50 USD", 5000 CLP → "5,000 CLP". */
export function formatAmount(amount: number, currency: string): string {
  const decimals = findCurrency(currency)?.decimals ?? 2;
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  const whole = Math.floor(absolute / 10 ** decimals).toLocaleString('en-US');
  const fraction = decimals > 0 ? `.${String(absolute % 10 ** decimals).padStart(decimals, '0')}` : '';
  return `${sign}${whole}${fraction} ${currency.toUpperCase()}`;
}
