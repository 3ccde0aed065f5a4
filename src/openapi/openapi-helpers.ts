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
  for (const code of new Set(codes)) byStatus.set(errorCodes[code], [...(byStatus.get(errorCodes[code]) ?? []), code]);
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
  /** camelCase verb + noun (e.g. `addCard`): the method name client generators give the call. */
  operationId: string;
  /** Descriptions of the path's `{parameters}`; each one is declared whether described or not. */
  params?: Record<string, string>;
  summary: string;
  description?: string;
  scope?: 'account' | 'billing' | 'support' | 'pay';
  /** A second scope that may call the route too (GET /v1/events: billing or support). */
  orScope?: 'account' | 'billing' | 'support' | 'pay';
  body?: z.ZodType;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  success: { status: number; description: string; schema?: z.ZodType };
  more?: RouteConfig['responses'];
  errors?: ErrorCode[];
  tag: string;
}

/** The `{name}` parameters of a path, declared as required strings, so no route can forget one. */
export function pathParameters(path: string, descriptions: Record<string, string> = {}): z.ZodObject | undefined {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  if (names.length === 0) return undefined;
  return z.object(Object.fromEntries(names.map((name) => [name, descriptions[name] ? z.string().describe(descriptions[name]) : z.string()])));
}

export function addPath(registry: OpenAPIRegistry, spec: PathSpec): void {
  const params = pathParameters(spec.path, spec.params);
  // Every /v1 route sits behind the per-token (or per-address) rate limit.
  const rateLimited: ErrorCode[] = spec.path.startsWith('/v1/') ? ['rate_limited'] : [];
  registry.registerPath({
    method: spec.method,
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tags: [spec.tag],
    security: spec.scope ? [{ bearer: [spec.scope] }, ...(spec.orScope ? [{ bearer: [spec.orScope] }] : [])] : [],
    request: {
      ...(params ? { params } : {}),
      ...(spec.body ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.headers ? { headers: spec.headers } : {}),
    },
    responses: {
      [String(spec.success.status)]: { description: spec.success.description, ...(spec.success.schema ? json(spec.success.schema) : {}) },
      ...spec.more,
      ...problems(...(spec.scope ? (['unauthenticated', 'forbidden'] as ErrorCode[]) : []), ...(spec.errors ?? []), ...rateLimited),
    },
  });
}
