import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses a request part with a zod schema: unknown fields, missing fields and wrong types all
 * become one 422 `validation_failed` listing each field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), message: 'is not a known field' }));
    }
    return [{ field: issue.path.join('.') || where, message: issue.message }];
  });
  const summary = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
  throw new AppError('validation_failed', `The request ${where} is invalid: ${summary}.`, { errors });
}
