/**
 * Spots card numbers (PANs) in request bodies and log lines: 13 to 19 digits passing the Luhn
 * check, typed plain (`4242424242424242`) or in groups joined by a short run (one to three
 * characters) of anything that is neither a letter nor a digit: spaces, punctuation, symbols,
 * control characters (`4242 4242 4242 4242`, `4242–4242–4242–4242`, `4242,4242:4242|4242`,
 * `4242+4242+4242+4242`, `3782-822463-10005`), alone or inside longer text. Text is folded first
 * (see fold-text.ts): NFKC, digits of every script to ASCII, format characters and combining marks
 * dropped, so `٤٢٤٢…`, `４２４２－…`, `4242\u200B4242…` and `4̃2̃4̃2̃…` are card numbers too.
 *
 * The scan is one pass over the folded text plus, per digit group, at most the six groups that
 * can follow it inside 19 digits: linear in the input, whatever the input.
 *
 * Luhn lets one random digit string in ten through, so a few shapes that are not typed card
 * numbers are left alone on purpose:
 *  - runs that do not start with 2, 3, 4, 5, 6 or 8, the first digits of the networks a card
 *    gateway takes (Mastercard and Mir 2, Amex, JCB and Diners 3, Visa 4, Mastercard and Maestro 5,
 *    Discover, UnionPay and RuPay 6, UnionPay and RuPay 8). This spares Unix times in milli-, micro-
 *    and nanoseconds (13, 16 and 19 digits starting with 1 until 2033), zero-padded references
 *    (`0000000000000` passes Luhn) and airline UATP cards, which no card gateway of ours accepts;
 *  - a run right after `+` with at most 15 digits: an E.164 phone number (`+4915123456789`);
 *  - groups of fewer than 3 digits in a window, since every date and time has them
 *    (`2026-11-23 12:00`); such groups count only in a whole chain with one separator throughout
 *    and 13 to 19 digits (`4 1 1 1 …`, `4111 1111 1111 11 11`: see shortGroupChains);
 *  - two groups joined by one dot: a decimal number (`234.5678901234`), never a typed card;
 *  - grouped digits inside an id: an unbroken token of letters, digits, `_` and `-` that is a UUID
 *    or hash (32 or more hex digits, some of them letters: a UUID's `…a456-426614174000`) or a
 *    lowercase `prefix_` id (`inv_2026-1234567890`, `req_<uuid>`), unless the groups have a card's
 *    layout (4-4-4-4, 4-4-4-4-3, 4-4-4-3, 4-6-5, 4-6-4: `k_4111-1111-1111-1111`), which no id
 *    of ours has (ids.ts never puts a separator in one). Groups split by spaces, dots or
 *    slashes, or glued to an ordinary word (`Visa4242 4242 4242 4242`, `Visa4242-4242-4242-4242`),
 *    are flagged; so is a plain run inside a word (`card4242424242424242`), since nothing else would
 *    explain 13+ bare digits there.
 * A phone number quoted without its `+` can still pass Luhn and be flagged; we accept that rare
 * misreading of odd input.
 */

import { CharClass, classOf, foldText, foldWithOrigins } from './fold-text.js';
import { idTokens, isInside, type Span } from './id-tokens.js';

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
const MAX_E164_DIGITS = 15;
const MIN_GROUP_DIGITS = 3;
const MAX_SEPARATOR_RUN = 5;
const CARD_NETWORK_FIRST_DIGITS = '234568';

/** Whether any string (key or value) or number anywhere in a JSON value looks like a card number. */
export function findCardNumber(value: unknown): boolean {
  // An explicit stack rather than recursion: a 64 KiB body can nest tens of thousands deep.
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (hasCardNumber(current)) return true;
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

/** Whether one string holds something that looks like a card number. */
export function hasCardNumber(text: string): boolean {
  // Folding only ever lengthens non-ASCII text (`⑩` reads `10`): short ASCII holds no 13 digits.
  if (text.length < MIN_DIGITS && !NON_ASCII.test(text)) return false;
  const folded = foldText(text);
  // Marks and invisible characters are gone now: a short folded string is no card number.
  if (folded.length < MIN_DIGITS) return false;
  return spansIn(folded, true).length > 0;
}

/** Replaces every card-number-looking run in a log line with `[REDACTED]`. Log lines are JSON,
 * so a bare JSON number (`"n":4242424242424242}`) becomes the string `"[REDACTED]"` and the line
 * still parses, and JSON escapes (`4242\t4242…`, `\u200b`) read as the characters they stand for. */
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


/** Card-number spans, as positions in `text` itself (not in its folded reading). */
function cardNumberSpans(text: string, jsonLine: boolean): Span[] {
  const folded = foldWithOrigins(text, jsonLine);
  const spans = spansIn(folded.text, false);
  const { starts, ends } = folded;
  if (!starts || !ends) return spans;
  // A span may start or end inside what one original character became (`⑩` reads `10`): take it whole.
  return spans.map((span) => ({ start: starts[span.start]!, end: ends[span.end - 1]! }));
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function isSeparator(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return !isDigit(code) && !((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return classOf(code) === CharClass.Separator;
}

/** Whether the characters between two digit groups are a short run of separators. */
function isShortSeparatorRun(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_SEPARATOR_RUN) return false;
  for (let index = from; index < to; index += 1) if (!isSeparator(text[index]!)) return false;
  return true;
}

// The groups a window can span: 19 digits in groups of at least 3.
const MAX_WINDOW_GROUPS = 6;
const NON_ASCII = /[^\x00-\x7F]/;
// The chain of groups a window can span, reused by every scan (the scan is synchronous).
const chainStarts = new Int32Array(MAX_WINDOW_GROUPS);
const chainEnds = new Int32Array(MAX_WINDOW_GROUPS);

/**
 * One pass over the text. Each digit group is checked alone (13 to 19 digits), and as the last
 * group of every window of chained groups ending with it: groups of 3+ digits, each after a short
 * separator run, at most 19 digits in all. The Luhn sum of a window is built from its right end
 * (where Luhn starts) leftwards, one group at a time, so each group costs at most 19 digit steps
 * and nothing is allocated unless a window passes. With `firstOnly` it stops at the first span.
 */
function spansIn(text: string, firstOnly: boolean): Span[] {
  const spans: Span[] = [];
  const grouped: Window[] = [];
  let ids: Span[] | undefined; // found once, when the first grouped window passes
  let chainLength = 0;
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isDigit(text.charCodeAt(index))) index += 1;
    const end = index;
    const length = end - start;

    if (length >= MIN_DIGITS && length <= MAX_DIGITS && passesLuhnIn(text, start, end) && isNetworkDigit(text, start) && !isPhoneNumber(text, start, length)) {
      spans.push({ start, end });
      if (firstOnly) return spans;
    }
    if (length < MIN_GROUP_DIGITS) {
      chainLength = 0;
      continue;
    }
    const chained = chainLength > 0 && isShortSeparatorRun(text, chainEnds[chainLength - 1]!, start);
    if (!chained) chainLength = 0;
    if (chainLength === MAX_WINDOW_GROUPS) {
      chainStarts.copyWithin(0, 1);
      chainEnds.copyWithin(0, 1);
      chainLength -= 1;
    }
    chainStarts[chainLength] = start;
    chainEnds[chainLength] = end;
    chainLength += 1;
    if (chainLength < 2) continue;
    grouped.length = 0;
    checkWindowsEndingAt(text, chainStarts, chainEnds, chainLength, grouped);
    for (const span of grouped) {
      // Inside an id only a card's own layout (`k_4111-1111-1111-1111`) counts: ours never hold one.
      if (!span.cardLayout && isInside(span, (ids ??= idTokens(text)))) continue;
      spans.push(span);
      if (firstOnly) return spans;
    }
  }
  shortGroupChains(text, spans);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Chains holding groups of one or two digits (`4 1 1 1 …`, `41 11 11 …`, `4111 1111 1111 11 11`),
 * which the window scan leaves alone for the sake of dates and times. Such a chain counts only
 * whole: every separator run in it the same, 13 to 19 digits in all, passing Luhn, so
 * `2026-11-23 12:00` (two separators) and long lists of small numbers (too many digits) are
 * spared. Each group belongs to at most two chains (a chain restarts at its last group when the
 * separator changes), and a chain is checked once, when it ends: linear.
 */
function shortGroupChains(text: string, spans: Span[]): void {
  let chainStart = 0;
  let groups = 0;
  let digits = 0;
  let hasShort = false;
  let separatorStart = 0;
  let separatorLength = 0;
  let lastStart = 0;
  let lastEnd = 0;
  const close = () => {
    if (groups < 2 || !hasShort || digits < MIN_DIGITS || digits > MAX_DIGITS) return;
    if (!isNetworkDigit(text, chainStart) || isPhoneNumber(text, chainStart, digits)) return;
    if (passesLuhnIn(text, chainStart, lastEnd)) spans.push({ start: chainStart, end: lastEnd });
  };
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isDigit(text.charCodeAt(index))) index += 1;
    const length = index - start;
    const separated = groups > 0 && isShortSeparatorRun(text, lastEnd, start);
    if (separated && groups > 1 && !sameRun(text, separatorStart, separatorLength, lastEnd, start)) {
      close();
      // The separator changed: a new chain starts at the last group.
      chainStart = lastStart;
      groups = 1;
      digits = lastEnd - lastStart;
      hasShort = digits < MIN_GROUP_DIGITS;
    } else if (!separated) {
      close();
      groups = 0;
    }
    if (groups === 0) {
      chainStart = start;
      digits = 0;
      hasShort = false;
    } else if (groups === 1) {
      separatorStart = lastEnd;
      separatorLength = start - lastEnd;
    }
    groups += 1;
    digits += length;
    hasShort ||= length < MIN_GROUP_DIGITS;
    lastStart = start;
    lastEnd = index;
  }
  close();
}

function sameRun(text: string, from: number, length: number, otherFrom: number, otherTo: number): boolean {
  if (otherTo - otherFrom !== length) return false;
  for (let offset = 0; offset < length; offset += 1) if (text.charCodeAt(from + offset) !== text.charCodeAt(otherFrom + offset)) return false;
  return true;
}

// How card numbers are printed and typed in groups (Visa, Mastercard, Discover 4-4-4-4, 19-digit
// cards 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4, and 15 digits split in fours).
const CARD_LAYOUTS = new Set(['4,4,4,4', '4,4,4,4,3', '4,6,5', '4,6,4', '4,4,4,3']);

function isCardLayout(starts: Int32Array, ends: Int32Array, first: number, last: number): boolean {
  const lengths: number[] = [];
  for (let group = first; group <= last; group += 1) lengths.push(ends[group]! - starts[group]!);
  return CARD_LAYOUTS.has(lengths.join(','));
}

/** Every window of two or more chained groups that ends with the newest group. */
interface Window extends Span {
  cardLayout: boolean;
}

function checkWindowsEndingAt(text: string, starts: Int32Array, ends: Int32Array, count: number, found: Window[]): void {
  const last = count - 1;
  const end = ends[last]!;
  let sum = 0;
  let digits = 0;
  for (let group = last; group >= 0; group -= 1) {
    for (let position = ends[group]! - 1; position >= starts[group]!; position -= 1) {
      let digit = text.charCodeAt(position) - 48;
      if (digits % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
      digits += 1;
    }
    if (digits > MAX_DIGITS) return;
    if (group === last || digits < MIN_DIGITS || sum % 10 !== 0) continue;
    const start = starts[group]!;
    if (!isNetworkDigit(text, start) || isPhoneNumber(text, start, digits)) continue;
    // Two groups joined by one dot are a decimal number, never a typed card.
    if (group === last - 1 && ends[group]! + 1 === starts[last]! && text[ends[group]!] === '.') continue;
    found.push({ start, end, cardLayout: isCardLayout(starts, ends, group, last) });
  }
}

const isNetworkDigit = (text: string, start: number) => CARD_NETWORK_FIRST_DIGITS.includes(text[start]!);

/** Luhn over the digits of text[start, end), skipping separators between them. */
function passesLuhnIn(text: string, start: number, end: number): boolean {
  let sum = 0;
  let count = 0;
  for (let position = end - 1; position >= start; position -= 1) {
    let digit = text.charCodeAt(position) - 48;
    if (digit < 0 || digit > 9) continue;
    if (count % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
    count += 1;
  }
  return sum % 10 === 0;
}

// Right after `+`, with at most 15 digits: an E.164 phone number.
const isPhoneNumber = (text: string, start: number, digitCount: number) => text[start - 1] === '+' && digitCount <= MAX_E164_DIGITS;

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

// JSON.parse has already rounded integers past 2^53, so a 17- to 19-digit number may have lost
// its last digits before it gets here; every 16-digit card number is below 2^53 and arrives intact.
export function isCardNumberValue(value: number | bigint): boolean {
  if (typeof value === 'number' && (!Number.isInteger(value) || Math.abs(value) < 1e12)) return false;
  // BigInt spells out integers past 1e21 that String() would print in exponent notation.
  const magnitude = BigInt(value);
  return isCardNumber((magnitude < 0n ? -magnitude : magnitude).toString());
}

function isCardNumber(digits: string): boolean {
  const plausibleLength = digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS;
  return plausibleLength && CARD_NETWORK_FIRST_DIGITS.includes(digits[0]!) && passesLuhn(digits);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
