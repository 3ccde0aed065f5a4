/**
 * Text as the card-number scan reads it, so that a number cannot hide behind Unicode:
 *  - NFKC first (full-width `４`, mathematical `𝟒`, ideographic spaces, `﹣` become plain forms);
 *  - then every decimal digit of any script (`\p{Nd}`: Arabic-Indic `٤`, Persian `۴`, Devanagari
 *    `४`, Bengali `৪`, Thai `๔` …) becomes its ASCII digit;
 *  - format characters (`\p{Cf}`: zero-width space and joiner, word joiner, soft hyphen, RLM …) and
 *    combining marks (`\p{M}`) are dropped, so they neither split nor lengthen a group.
 * NFKC is taken per code unit from a table built once (see EXPANSIONS), so the cost is linear.
 */

// A decimal digit other than 0-9 (in `u` mode `\d` is ASCII only).
const NON_ASCII_DIGIT = /[^\P{Nd}\d]/gu;
const INVISIBLE = /[\p{Cf}\p{M}]/gu;
const NON_ASCII = /[^\x00-\x7F]/;
const IS_DIGIT = /^\p{Nd}$/u;

/** What the scan makes of each UTF-16 code unit of the Basic Multilingual Plane. */
export const CharClass = {
  Other: 0,
  Drop: 1,
  Separator: 2,
  /** Digits are DigitZero + their value. */
  DigitZero: 10,
} as const;

const digitValues = new Map<string, string>();

/** Unicode encodes each script's digits 0 to 9 in one contiguous run (a stability guarantee), and
 * runs of several sets (mathematical digits) are whole sets of ten: the value is the position in
 * the run, modulo ten. */
export function asciiDigit(digit: string): string {
  let value = digitValues.get(digit);
  if (value !== undefined) return value;
  const codePoint = digit.codePointAt(0)!;
  let offset = 0;
  while (codePoint - offset - 1 >= 0 && IS_DIGIT.test(String.fromCodePoint(codePoint - offset - 1))) offset += 1;
  value = String(offset % 10);
  digitValues.set(digit, value);
  return value;
}

/**
 * The class of every BMP code unit, worked out once with three native regex passes over a string
 * of them all: `\p{…}` lookups in a per-character loop or a replace callback cost about a
 * microsecond each, far too slow for a hostile 64 KiB body. Surrogates stay Other and astral code
 * points are classified one by one (rare; NFKC already folds the mathematical digits).
 */
const BMP = buildBmpTable();

function buildBmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  let all = '';
  for (let unit = 0; unit < 0x10000; unit += 1) all += unit >= 0xd800 && unit <= 0xdfff ? ' ' : String.fromCharCode(unit);
  for (const match of all.matchAll(/[\p{P}\p{S}\p{Z}\p{Cc}]/gu)) table[match.index] = CharClass.Separator;
  for (const match of all.matchAll(/[\p{Cf}\p{M}]/gu)) table[match.index] = CharClass.Drop;
  for (const match of all.matchAll(/\p{Nd}/gu)) table[match.index] = CharClass.DigitZero + Number(asciiDigit(match[0]));
  for (let unit = 0xd800; unit <= 0xdfff; unit += 1) table[unit] = CharClass.Other;
  // Hangul fillers are letters to Unicode but print as blanks: dropped like zero-width spaces.
  for (const unit of [0x115f, 0x1160, 0x3164, 0xffa0]) table[unit] = CharClass.Drop;
  return table;
}

/** The class of one character of folded text (a UTF-16 code unit). */
export const classOf = (unit: number): number => BMP[unit]!;

const utf16 = new TextDecoder('utf-16le');

/**
 * The folded NFKC form of each BMP code unit that NFKC changes, worked out once. Folding per code
 * unit reads digits and separators as whole-string NFKC does (composition never joins a digit to
 * anything, and what it joins reads as a letter or a separator either way), and it bounds the cost:
 * a letter whose form is only more letters (`ﷺ` U+FDFA becomes 18 characters) stays one letter,
 * since in the scan's eyes one letter between digits is as good as eighteen.
 */
const EXPANSIONS = buildExpansions();

function buildExpansions(): Array<string | undefined> {
  const expansions = new Array<string | undefined>(0x10000);
  for (let unit = 0x80; unit < 0x10000; unit += 1) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const char = String.fromCharCode(unit);
    const normalized = char.normalize('NFKC');
    if (normalized === char) continue;
    const folded = foldNormalized(normalized);
    const isLetter = (index: number) => folded.length > 0 && BMP[folded.charCodeAt(index)] === CharClass.Other && folded.charCodeAt(index) >= 0x80;
    const lettersOnly = BMP[unit] === CharClass.Other && !/[0-9]/.test(folded) && isLetter(0) && isLetter(folded.length - 1);
    if (!lettersOnly) expansions[unit] = folded;
  }
  return expansions;
}

/** Digits to ASCII and dropped characters removed, from text already in NFKC (table building only). */
function foldNormalized(normalized: string): string {
  let folded = '';
  for (const char of normalized) {
    const unit = char.charCodeAt(0);
    if (char.length > 1) folded += foldAstral(char);
    else if (BMP[unit] === CharClass.Drop) continue;
    else folded += BMP[unit]! >= CharClass.DigitZero ? String.fromCharCode(48 + BMP[unit]! - CharClass.DigitZero) : char;
  }
  return folded;
}

// One output buffer for every fold, grown when needed (the scan is synchronous): allocating one
// per string made 13,000 one-character strings cost 15 ms.
let out = new Uint16Array(1024);
const SHORT_OUTPUT = 64;

/** The folded reading of a whole string (positions are not kept: for yes/no scans). One loop over
 * code units with the tables above; astral code points (surrogate pairs) go through the slow path.
 * Each code unit becomes at most six, so the cost stays linear. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  if (out.length < text.length * 6) out = new Uint16Array(text.length * 6);
  let length = 0;
  let changed = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      out[length++] = unit;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const pair = text.slice(index, index + 2);
        const folded = foldAstral(pair.normalize('NFKC'));
        for (let at = 0; at < folded.length; at += 1) out[length++] = folded.charCodeAt(at);
        changed ||= folded !== pair;
        index += 1;
        continue;
      }
    }
    const expansion = EXPANSIONS[unit];
    if (expansion !== undefined) {
      for (let at = 0; at < expansion.length; at += 1) out[length++] = expansion.charCodeAt(at);
      changed = true;
      continue;
    }
    const kind = BMP[unit]!;
    if (kind === CharClass.Drop) {
      changed = true;
      continue;
    }
    if (kind >= CharClass.DigitZero) {
      out[length++] = 48 + kind - CharClass.DigitZero;
      changed = true;
    } else out[length++] = unit;
  }
  if (!changed) return text;
  if (length === 1) return String.fromCharCode(out[0]!);
  if (length <= SHORT_OUTPUT) return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
  return utf16.decode(out.subarray(0, length));
}

function foldAstral(pair: string): string {
  return pair.replace(INVISIBLE, '').replace(NON_ASCII_DIGIT, asciiDigit);
}

export interface Folded {
  text: string;
  /** `origins[i]` is the span of the original text that folded character `i` came from; absent
   * when the folded text is the original. */
  starts?: number[];
  ends?: number[];
}

// The folded form of one code point, cached: log lines repeat the same few characters.
const foldedCodePoints = new Map<string, string>();
const MAX_CACHED = 65_536;

function foldCodePoint(codePoint: string): string {
  let folded = foldedCodePoints.get(codePoint);
  if (folded !== undefined) return folded;
  folded = foldText(codePoint);
  if (foldedCodePoints.size >= MAX_CACHED) foldedCodePoints.clear();
  foldedCodePoints.set(codePoint, folded);
  return folded;
}

// In a JSON log line, `\t` `\n` `\r` `\f` `\b` are whitespace, `\uXXXX` is the character it names,
// and `\\` is a backslash (which must not start another escape).
const JSON_ESCAPE_OR_CODE_POINT = /\\u[0-9a-fA-F]{4}|\\[^]|[^]/gu;
const CODE_POINT = /[^]/gu;
const JSON_WHITESPACE_ESCAPES: Record<string, string> = { '\\t': ' ', '\\n': ' ', '\\r': ' ', '\\f': ' ', '\\b': ' ' };

/**
 * The folded reading with the original span of every folded character, for redaction. Goes one
 * code point at a time (NFKC per code point: composition never joins a digit to anything, so the
 * digits read the same as in `foldText`); `jsonLine` also reads JSON escapes.
 */
export function foldWithOrigins(text: string, jsonLine: boolean): Folded {
  if (!NON_ASCII.test(text) && !(jsonLine && text.includes('\\'))) return { text };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const piece of text.matchAll(jsonLine ? JSON_ESCAPE_OR_CODE_POINT : CODE_POINT)) {
    const raw = piece[0];
    let replacement: string;
    if (raw[0] === '\\' && raw.length > 1) {
      replacement = JSON_WHITESPACE_ESCAPES[raw] ?? (raw[1] === 'u' ? foldCodePoint(String.fromCharCode(parseInt(raw.slice(2), 16))) : raw);
    } else {
      replacement = raw.charCodeAt(0) < 0x80 ? raw : foldCodePoint(raw);
    }
    // A dropped character (a mark, a zero-width space) joins the character before it, so a
    // redacted span takes the marks typed on its last digit too.
    if (replacement === '' && ends.length > 0) ends[ends.length - 1] = piece.index + raw.length;
    for (let index = 0; index < replacement.length; index += 1) {
      starts.push(piece.index);
      ends.push(piece.index + raw.length);
    }
    folded += replacement;
  }
  return { text: folded, starts, ends };
}
