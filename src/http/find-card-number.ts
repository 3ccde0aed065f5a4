/**
 * Spots card numbers (PANs) in request bodies and log lines: 13 to 19 digits passing the Luhn
 * check, typed plain (`4242424242424242`) or in groups joined by a short run (one to three
 * characters) of spaces, tabs, newlines, dots, slashes, underscores or dashes (`4242 4242 4242 4242`,
 * `4242  4242  4242  4242`, `4242.4242.4242.4242`, `3782-822463-10005`), alone or inside longer text.
 * Text is read after NFKC normalization, so full-width digits and separators (`４２４２－…`) count too.
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
 *  - two groups joined by one dot: a decimal number (`234.5678901234`), never a typed card;
 *  - grouped digits inside an id: an unbroken token of letters, digits, `_` and `-` that is a UUID
 *    or hash (32 or more hex digits, some of them letters: a UUID's `…a456-426614174000`) or a
 *    lowercase `prefix_` id (`inv_2026-1234567890`, `req_<uuid>`). Groups split by spaces, dots or
 *    slashes, or glued to an ordinary word (`Visa4242 4242 4242 4242`, `Visa4242-4242-4242-4242`),
 *    are flagged; so is a plain run inside a word (`card4242424242424242`), since nothing else would
 *    explain 13+ bare digits there.
 * A phone number quoted without its `+` can still pass Luhn and be flagged, and dashed groups typed
 * after a `visa_` prefix are spared as an id; we accept those rare misreadings of odd input.
 */

const DIGIT_RUN = /\d+(?:[\s./_-]{1,3}\d+)*/g;
const DIGIT_GROUP = /\d+/g;
const ID_TOKEN = /[A-Za-z0-9_-]+/g;
const PREFIXED_ID = /^[a-z]+_/;
const HEX = /^[0-9a-f]+$/i;
const HEX_LETTER = /[a-f]/i;
const UUID_HEX_DIGITS = 32;
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
const MAX_E164_DIGITS = 15;
const MIN_GROUP_DIGITS = 3;
const CARD_NETWORK_FIRST_DIGIT = /^[2-68]/;
const CODE_POINT = /[^]/gu;
// A JSON string shows a tab or newline as `\t` or `\n`; `\\` is a backslash and must not start one.
const JSON_ESCAPE_OR_CODE_POINT = /\\[^]|[^]/gu;
const JSON_WHITESPACE_ESCAPES = new Set(['\\t', '\\n', '\\r', '\\f']);

/** Whether any string (key or value) or number anywhere in a JSON value looks like a card number. */
export function findCardNumber(value: unknown): boolean {
  // An explicit stack rather than recursion: a 64 KiB body can nest tens of thousands deep.
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (cardNumberSpans(current, false).length > 0) return true;
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
 * still parses, and an escaped tab or newline (`4242\t4242…`) separates groups as the real one would. */
export function redactCardNumbers(text: string): string {
  let redacted = '';
  let cursor = 0;
  for (const span of mergeOverlapping(cardNumberSpans(text, true))) {
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

/** Card-number spans, as positions in `text` itself (not in its normalized reading). */
function cardNumberSpans(text: string, jsonLine: boolean): Span[] {
  const reading = read(text, jsonLine);
  const spans = spansIn(reading.text);
  const origins = reading.origins;
  if (!origins) return spans;
  // A span may start or end inside what one original character became (`⑩` reads `10`): take it whole.
  return spans.map((span) => ({ start: origins[span.start]!.start, end: origins[span.end - 1]!.end }));
}

/**
 * The text as the scan reads it: NFKC-normalized (and, for a JSON line, with whitespace escapes
 * read as a space). Normalization changes lengths (`𝟒` is two UTF-16 units and becomes `4`, `ﬁ`
 * becomes `fi`, `⑩` becomes `10`), so it goes one code point at a time and `origins[i]` records the
 * original characters that character `i` came from. Left out when nothing changes, as for most text.
 */
function read(text: string, jsonLine: boolean): { text: string; origins?: Span[] } {
  if (text.normalize('NFKC') === text && !(jsonLine && text.includes('\\'))) return { text };
  let normalized = '';
  const origins: Span[] = [];
  for (const piece of text.matchAll(jsonLine ? JSON_ESCAPE_OR_CODE_POINT : CODE_POINT)) {
    const replacement = JSON_WHITESPACE_ESCAPES.has(piece[0]) ? ' ' : piece[0].normalize('NFKC');
    const origin = { start: piece.index, end: piece.index + piece[0].length };
    for (let index = 0; index < replacement.length; index += 1) origins.push(origin);
    normalized += replacement;
  }
  return { text: normalized, origins };
}

function spansIn(text: string): Span[] {
  const spans: Span[] = [];
  let ids: Span[] | undefined; // found only once a grouped candidate needs them
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
        if (!isCardNumber(digits) || !isTypedLikeACard(text, window, digits)) continue;
        const span = { start: window[0]!.start, end: window[window.length - 1]!.end };
        if (window.length > 1 && isInside(span, (ids ??= idTokens(text)))) continue;
        spans.push(span);
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
  if (text[window[0]!.start - 1] === '+' && digits.length <= MAX_E164_DIGITS) return false;
  if (window.length === 1) return true;
  if (window.some((group) => group.end - group.start < MIN_GROUP_DIGITS)) return false;
  return !(window.length === 2 && text.slice(window[0]!.end, window[1]!.start) === '.');
}

/** The tokens of `text` shaped like ids (see the top of the file), in order. */
function idTokens(text: string): Span[] {
  const ids: Span[] = [];
  for (const token of text.matchAll(ID_TOKEN)) {
    if (isIdShaped(token[0])) ids.push({ start: token.index, end: token.index + token[0].length });
  }
  return ids;
}

function isIdShaped(token: string): boolean {
  if (PREFIXED_ID.test(token)) return true;
  // A UUID or a hash: at least as many hex digits as a UUID has, some of them letters. Shorter hex
  // would spare a card number typed beside a word made of a-f (`4242-4242-4242-4242-face`).
  const hex = token.replaceAll('-', '');
  return hex.length >= UUID_HEX_DIGITS && HEX.test(hex) && HEX_LETTER.test(hex);
}

// A binary search: a long line can hold many ids and many candidate windows.
function isInside(span: Span, ids: Span[]): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const id = ids[middle]!;
    if (id.end <= span.start) low = middle + 1;
    else if (id.start > span.start) high = middle - 1;
    else return span.end <= id.end;
  }
  return false;
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
