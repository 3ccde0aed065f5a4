import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorCodes, type ErrorCode } from '../errors.js';

export const problemSchema = z.object({
  type: z.string().describe('urn:card-vault:problem:<code>'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe('What went wrong and, where the caller can act, what to do.'),
  code: z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  request_id: z.string().optional(),
});

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** Documents each error status with the codes a client should switch on. */
export function problems(...codes: ErrorCode[]): RouteConfig['responses'] {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(errorCodes[code], [...(byStatus.get(errorCodes[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      { description: `problem+json with code ${list.join(', ')}`, content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  );
}

export interface PathSpec {
  method: RouteConfig['method'];
  path: string;
  summary: string;
  description?: string;
  scope?: 'account' | 'billing' | 'support';
  body?: z.ZodType;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  success: { status: number; description: string; schema?: z.ZodType };
  more?: RouteConfig['responses'];
  errors?: ErrorCode[];
  tag: string;
}

export function addPath(registry: OpenAPIRegistry, spec: PathSpec): void {
  registry.registerPath({
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    description: spec.description,
    tags: [spec.tag],
    security: spec.scope ? [{ bearer: [spec.scope] }] : [],
    request: {
      ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } } } } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.headers ? { headers: spec.headers } : {}),
    },
    responses: {
      [String(spec.success.status)]: { description: spec.success.description, ...(spec.success.schema ? json(spec.success.schema) : {}) },
      ...spec.more,
      ...problems(...(spec.scope ? (['unauthenticated', 'forbidden'] as ErrorCode[]) : []), ...(spec.errors ?? [])),
    },
  });
}
