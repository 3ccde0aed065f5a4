/**
 * Masks a stored id number for everyone but support: `12345678-5` reads `*****678-5`.
 *
 * The rule: show at most the last 5 characters, and always hide at least 4, one `*` per hidden
 * character. For a RUT the 5 visible characters are the last three body digits, the hyphen and the
 * check digit, which is what the contract shows. The "hide at least 4" half keeps short ids (an
 * `OTRO` id of 5 to 8 characters, a short RUT) from being shown almost or entirely in clear:
 * `AB123` reads `****3`, `1-9` reads `***`.
 */
const MAX_VISIBLE = 5;
const MIN_HIDDEN = 4;

export function maskIdNumber(normalized: string): string {
  const visible = Math.max(0, Math.min(MAX_VISIBLE, normalized.length - MIN_HIDDEN));
  const hidden = normalized.length - visible;
  return '*'.repeat(hidden) + normalized.slice(hidden);
}
