/** Tokens shaped like ids, inside which grouped digits are spared by the card-number scan (see
 * find-card-number.ts): an unbroken run of letters, digits, `_` and `-` that is a UUID or hash (32
 * or more hex digits, some of them letters) or a lowercase `prefix_` id. */

export interface Span {
  start: number;
  end: number;
}

const PREFIXED_ID = /^[a-z]+_/;
const HEX = /^[0-9a-f]+$/i;
const HEX_LETTER = /[a-f]/i;
const UUID_HEX_DIGITS = 32;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The tokens of `text` shaped like ids (see the top of the file), in order: one pass. */
export function idTokens(text: string): Span[] {
  const ids: Span[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isIdCharacter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isIdCharacter(text.charCodeAt(index))) index += 1;
    if (isIdShaped(text.slice(start, index))) ids.push({ start, end: index });
  }
  return ids;
}

// [A-Za-z0-9_-]
const isIdCharacter = (code: number) => isDigit(code) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 95 || code === 45;

function isIdShaped(token: string): boolean {
  if (PREFIXED_ID.test(token)) return true;
  // A UUID or a hash: at least as many hex digits as a UUID has, some of them letters. Shorter hex
  // would spare a card number typed beside a word made of a-f (`4242-4242-4242-4242-face`).
  const hex = token.replaceAll('-', '');
  return hex.length >= UUID_HEX_DIGITS && HEX.test(hex) && HEX_LETTER.test(hex);
}

// A binary search: a long line can hold many ids and many candidate windows.
export function isInside(span: Span, ids: Span[]): boolean {
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
