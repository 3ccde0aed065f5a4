/**
 * `OTRO` identity documents (passports, foreign ids) have no check digit we could verify, so we
 * only insist on a plausible shape: 5 to 20 ASCII letters or digits, stored upper case so that the
 * same document typed twice compares equal.
 */
export type ValidatedOtherId = { ok: true; normalized: string } | { ok: false };

const OTHER_ID_PATTERN = /^[A-Za-z0-9]{5,20}$/;

export function validateOtherId(input: string): ValidatedOtherId {
  const trimmed = input.trim();
  // Checked before upper-casing: `'ß'.toUpperCase()` is `'SS'`, which would sneak past as ASCII.
  if (!OTHER_ID_PATTERN.test(trimmed)) return { ok: false };
  return { ok: true, normalized: trimmed.toUpperCase() };
}
