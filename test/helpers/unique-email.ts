let counter = 0;

/**
 * A fresh address for a test account. The time and the counter are written in base 36, so the
 * address never holds a long run of digits: `walk390.<13-digit time>.2` reads as a card number
 * (17 digits from a 3, passing Luhn one time in ten), and the service rightly refused it with
 * `raw_card_data_refused`, which failed a browser walk at random.
 */
export const uniqueEmail = (label = 'customer') => `${label}.${Date.now().toString(36)}.${(++counter).toString(36)}@example.com`;
