import { randomInt } from 'node:crypto';

/** A receipt number a person can read out on the phone: `TU-` and ten digits, random so that it
 * says nothing about how many top-ups there are (uniqueness is the database's). */
export function newTopupNumber(): string {
  return `TU-${String(randomInt(0, 1e10)).padStart(10, '0')}`;
}
