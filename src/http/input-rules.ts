/**
 * The character rules every piece of a request obeys, whatever the database behind it (PostgreSQL
 * refuses NUL in text; SQLite would store it):
 *  - no control character (C0, DEL, C1) and no lone surrogate anywhere: body (keys and values),
 *    query, path;
 *  - tab and newline only in free-text body fields (FREE_TEXT_FIELDS);
 *  - ids in paths have our shape (`card_` + 20 letters and digits, see ids.ts);
 *  - Idempotency-Key and X-Request-Id: letters, digits and `.` `_` `:` `-` only.
 */

/** Body fields whose text a person types freely, where a tab or a line break can be meant. */
export const FREE_TEXT_FIELDS = new Set(['description', 'name', 'holder_name', 'line1', 'line2', 'note', 'reason']);

// Controls other than tab (\x09) and newline (\x0A). Plain (non-`u`) classes: the fast regex path.
const CONTROL_EXCEPT_TAB_NEWLINE = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/;
const ANY_CONTROL = /[\x00-\x1F\x7F-\x9F]/;

/** Whether text holds a character no field takes (`freeText`: tab and newline are allowed): a
 * control character, or a lone surrogate (text that is not well formed cannot be stored as UTF-8). */
export function hasForbiddenCharacter(text: string, freeText: boolean): boolean {
  return (freeText ? CONTROL_EXCEPT_TAB_NEWLINE : ANY_CONTROL).test(text) || !(text as WellFormedCheck).isWellFormed();
}

// Node 20 has String.prototype.isWellFormed (ES2024, native and linear); the ES2022 lib types lack it.
type WellFormedCheck = string & { isWellFormed(): boolean };

/** Idempotency keys and request ids: what survives a header, a log line and a URL untouched. */
export const TOKEN_CHARACTERS = 'letters, digits, ".", "_", ":" and "-"';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,255}$/;
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** What an id looks like after each collection in a path: the prefix of ids.ts, then 20 base62. */
const ID_PREFIX_AFTER: Record<string, string> = { cards: 'card', accounts: 'acct', charges: 'ch', 'transfer-tickets': 'tkt' };
// Fixed routes that sit where an id could (`/v1/cards/history`), and pages that read no id.
const LITERAL_SEGMENTS = new Set(['history', 'order']);
const ID_BODY = /^[A-Za-z0-9]{20}$/;

/** The id in a /v1 path that does not have our shape (so nothing can be stored under it), if any.
 * `segments` are decoded. */
export function misshapenPathId(segments: string[]): { segment: string; prefix: string } | undefined {
  if (segments[0] !== 'v1') return undefined;
  // The 3-D Secure return page only shows text, and echoes an id only when it has our shape.
  if (segments[segments.length - 1] === 'authentication-return') return undefined;
  for (let index = 1; index < segments.length; index += 1) {
    const prefix = ID_PREFIX_AFTER[segments[index - 1]!];
    const segment = segments[index]!;
    if (!prefix || LITERAL_SEGMENTS.has(segment)) continue;
    if (!(segment.startsWith(`${prefix}_`) && ID_BODY.test(segment.slice(prefix.length + 1)))) return { segment, prefix };
  }
  return undefined;
}
