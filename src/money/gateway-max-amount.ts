/** Stripe takes at most eight digits of minor units in any currency (99999999 is $999,999.99):
 * the ceiling of a charge and of a bank transfer credited to the balance. */
export const GATEWAY_MAX_AMOUNT = 99_999_999;
