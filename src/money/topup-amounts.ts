/**
 * What a top-up may be, per currency: from about 0.50 USD (never under the gateway's minimum
 * charge) to about 15,000 USD (never over Stripe's eight digits of minor units), and presets
 * near 100, 200, 500 and 1,000 USD as round amounts a person would pick. Chosen once from rough
 * exchange rates, like the verification amounts, not tracked against them.
 */
export interface TopupAmounts {
  min: number;
  max: number;
  presets: readonly [number, number, number, number];
}

export const TOPUP_AMOUNTS: Readonly<Record<string, TopupAmounts>> = {
  USD: { min: 50, max: 1_500_000, presets: [10_000, 20_000, 50_000, 100_000] },
  EUR: { min: 50, max: 1_400_000, presets: [10_000, 20_000, 50_000, 100_000] },
  GBP: { min: 40, max: 1_200_000, presets: [8_000, 16_000, 40_000, 80_000] },
  CAD: { min: 70, max: 2_000_000, presets: [15_000, 30_000, 70_000, 140_000] },
  AUD: { min: 80, max: 2_300_000, presets: [15_000, 30_000, 75_000, 150_000] },
  NZD: { min: 90, max: 2_500_000, presets: [17_000, 35_000, 85_000, 170_000] },
  CHF: { min: 50, max: 1_300_000, presets: [9_000, 18_000, 45_000, 90_000] },
  SEK: { min: 500, max: 15_000_000, presets: [100_000, 200_000, 500_000, 1_000_000] },
  NOK: { min: 500, max: 15_000_000, presets: [100_000, 200_000, 500_000, 1_000_000] },
  DKK: { min: 350, max: 10_000_000, presets: [70_000, 140_000, 350_000, 700_000] },
  PLN: { min: 200, max: 6_000_000, presets: [40_000, 80_000, 200_000, 400_000] },
  JPY: { min: 80, max: 2_300_000, presets: [15_000, 30_000, 75_000, 150_000] },
  // 0.50 USD is under the CLP minimum charge (500): the minimum wins.
  CLP: { min: 500, max: 14_000_000, presets: [100_000, 200_000, 500_000, 1_000_000] },
  MXN: { min: 1_000, max: 30_000_000, presets: [200_000, 400_000, 1_000_000, 2_000_000] },
  BRL: { min: 300, max: 8_000_000, presets: [50_000, 100_000, 250_000, 500_000] },
  // 15,000 USD is over 999,999.99 INR, Stripe's largest amount: the gateway's limit wins.
  INR: { min: 4_000, max: 99_000_000, presets: [800_000, 1_700_000, 4_200_000, 8_500_000] },
};

export const topupAmounts = (currency: string): TopupAmounts | undefined => TOPUP_AMOUNTS[currency.toUpperCase()];
