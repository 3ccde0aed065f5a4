import type supertest from 'supertest';
import type { paths } from '../../src/openapi/generated/api-types.js';

/** A client typed only by the types openapi-typescript generated from /openapi.json: if the
 * document stops describing what a caller sends or reads, `tsc --noEmit` fails. */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathsWith<M extends Method> = { [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never }[keyof paths];
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type PathParams<O> = O extends { parameters: { path: infer T } } ? (T extends Record<string, string> ? T : never) : never;
type Headers<O> = O extends { parameters: { header: infer T } } ? T : never;
type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type Content<R> = R extends { content: { 'application/json': infer J } } ? J : R extends { content: { 'application/problem+json': infer J } } ? J : undefined;
type Responses<O> = O extends { responses: infer R } ? R : never;

/** One variant per documented status, so `if (response.status === 201)` narrows the body. */
export type ApiResponse<O> = {
  [S in keyof Responses<O>]: { status: S; body: Content<Responses<O>[S]>; header: Record<string, string | undefined> };
}[keyof Responses<O>];

type Request<O> = ([PathParams<O>] extends [never] ? { params?: undefined } : { params: PathParams<O> }) &
  ([Headers<O>] extends [never] ? { headers?: Record<string, string> } : { headers: Headers<O> & Record<string, string> }) &
  ([Body<O>] extends [never] ? { body?: undefined } : { body: Body<O> }) & { token?: string };

export class TypedApiClient {
  constructor(private readonly agent: ReturnType<typeof supertest>) {}

  async call<M extends Method, P extends PathsWith<M>>(method: M, path: P, request: Request<Operation<P, M>>): Promise<ApiResponse<Operation<P, M>>> {
    const params = (request.params ?? {}) as Record<string, string>;
    const url = (path as string).replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`${path}: no value for {${name}}`);
      return encodeURIComponent(value);
    });
    let test = this.agent[method](url);
    if (request.token) test = test.set('Authorization', `Bearer ${request.token}`);
    for (const [name, value] of Object.entries((request.headers ?? {}) as Record<string, string>)) test = test.set(name, value);
    const response = request.body === undefined ? await test : await test.send(request.body as object);
    return { status: response.status, body: response.body, header: response.header } as ApiResponse<Operation<P, M>>;
  }
}
