/**
 * Spots card numbers (PANs) in request bodies and log lines: 13 to 19 digits passing the Luhn
 * check, typed plain (`4242424242424242`) or in groups joined by single spaces or dashes
 * (`4242 4242 4242 4242`, `3782-822463-10005`), alone or inside longer text.
 *
 * Luhn lets one random digit string in ten through, so a few shapes that are not typed card
 * numbers are left alone on purpose:
 *  - runs that do not start with 2, 3, 4, 5, 6 or 8, the first digits of the networks a card
 *    gateway takes (Mastercard and Mir 2, Amex, JCB and Diners 3, Visa 4, Mastercard and Maestro 5,
 *    Discover, UnionPay and RuPay 6, UnionPay and RuPay 8). This spares Unix times in milli-, micro-
 *    and nanoseconds (13, 16 and 19 digits starting with 1 until 2033), zero-padded references
 *    (`0000000000000` passes Luhn) and airline UATP cards, which no card gateway of ours accepts;
 *  - a run right after `+` with at most 15 digits: an E.164 phone number (`+4915123456789`);
 *  - groups of fewer than 3 digits, which nobody types inside a card number but every date and
 *    time has (`2026-11-23 12:00`);
 *  - grouped digits glued to a letter or underscore on the outside (`…a456-426614174000` in a
 *    UUID, `inv_2026-1234567890`): those are parts of an id. A plain run is still flagged inside
 *    a word (`card4242424242424242`), since nothing else would explain 13+ bare digits there.
 * A phone number quoted without its `+` can still pass Luhn and be flagged; we accept that rare
 * false positive rather than let a card number through.
 */

const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;
const DIGIT_GROUP = /\d+/g;
const WORD_CHARACTER = /[A-Za-z0-9_]/;
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
const MAX_E164_DIGITS = 15;
const MIN_GROUP_DIGITS = 3;
const CARD_NETWORK_FIRST_DIGIT = /^[2-68]/;

/** Whether any string (key or value) or number anywhere in a JSON value looks like a card number. */
export function findCardNumber(value: unknown): boolean {
  // An explicit stack rather than recursion: a 64 KiB body can nest tens of thousands deep.
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (cardNumberSpans(current).length > 0) return true;
    } else if (typeof current === 'number' || typeof current === 'bigint') {
      if (isCardNumberValue(current)) return true;
    } else if (typeof current === 'object' && current !== null && !seen.has(current)) {
      seen.add(current);
      // Pushed one by one: spreading a very long array into push() overflows the argument limit.
      if (Array.isArray(current)) for (const entry of current) pending.push(entry);
      else for (const [key, entry] of Object.entries(current)) pending.push(key, entry);
    }
  }
  return false;
}

/** Replaces every card-number-looking run in a log line with `[REDACTED]`. Log lines are JSON,
 * so a bare JSON number (`"n":4242424242424242}`) becomes the string `"[REDACTED]"` and the line
 * still parses. */
export function redactCardNumbers(text: string): string {
  let redacted = '';
  let cursor = 0;
  for (const span of mergeOverlapping(cardNumberSpans(text))) {
    const isJsonNumber = ':[,'.includes(text[span.start - 1] || '.') && ',]}'.includes(text[span.end] || '}');
    redacted += text.slice(cursor, span.start) + (isJsonNumber ? '"[REDACTED]"' : '[REDACTED]');
    cursor = span.end;
  }
  return redacted + text.slice(cursor);
}

interface Span {
  start: number;
  end: number;
}

function cardNumberSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP)].map((group) => {
      const start = run.index + group.index;
      return { start, end: start + group[0].length };
    });
    for (let first = 0; first < groups.length; first += 1) {
      let digits = '';
      for (let last = first; last < groups.length; last += 1) {
        digits += text.slice(groups[last]!.start, groups[last]!.end);
        if (digits.length > MAX_DIGITS) break;
        const window = groups.slice(first, last + 1);
        if (isCardNumber(digits) && isTypedLikeACard(text, window, digits)) {
          spans.push({ start: window[0]!.start, end: window[window.length - 1]!.end });
        }
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

// Several windows of one run can pass (`4242 4242 4242 4242 4242` holds more than one).
function mergeOverlapping(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span.start < previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function isTypedLikeACard(text: string, window: Span[], digits: string): boolean {
  const before = text[window[0]!.start - 1] ?? '';
  const after = text[window[window.length - 1]!.end] ?? '';
  if (before === '+' && digits.length <= MAX_E164_DIGITS) return false;
  if (window.length === 1) return true;
  if (window.some((group) => group.end - group.start < MIN_GROUP_DIGITS)) return false;
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
}

// JSON.parse has already rounded integers past 2^53, so a 17- to 19-digit number may have lost
// its last digits before it gets here; every 16-digit card number is below 2^53 and arrives intact.
function isCardNumberValue(value: number | bigint): boolean {
  if (typeof value === 'number' && !Number.isInteger(value)) return false;
  // BigInt spells out integers past 1e21 that String() would print in exponent notation.
  const magnitude = BigInt(value);
  return isCardNumber((magnitude < 0n ? -magnitude : magnitude).toString());
}

function isCardNumber(digits: string): boolean {
  const plausibleLength = digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS;
  return plausibleLength && CARD_NETWORK_FIRST_DIGIT.test(digits) && passesLuhn(digits);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
