/** A unique-constraint failure on either database: SQLite reports `SQLITE_CONSTRAINT` with a
 * message naming UNIQUE, PostgreSQL reports SQLSTATE 23505. Used to resolve insert races by
 * re-reading the winner's row. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === '23505') return true;
  return code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && message.includes('UNIQUE');
}
