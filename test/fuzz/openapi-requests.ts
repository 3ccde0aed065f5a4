import fc from 'fast-check';
import { ATTACK_PANS, cardNumberForms } from '../helpers/card-number-forms.js';

/** One fuzzed HTTP request. `path` is already percent-encoded. */
export interface FuzzRequest {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: unknown;
}

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
};

interface Operation {
  method: string;
  template: string;
  scope?: string;
  parameters: Array<{ in: string; name: string; schema?: Schema }>;
  body?: Schema;
}

/** What the fuzzer knows of the world: real ids and tokens, so that requests get past the gates. */
export interface FuzzWorld {
  ids: { card: string[]; account: string[]; charge: string[]; topup: string[] };
  tokens: Record<'account' | 'billing' | 'support', string>;
}

const CONTROL_STRINGS = ['\u0000', 'a\u0000b', '\u0007', 'line\r\nbreak', '\u001b[31m', '\u007f', '\u0085', 'tab\there', 'new\nline', '\ud800', 'x\udfffy'];
const ODD_STRINGS = ['', ' ', 'a', 'null', 'undefined', '-1', '0', '1e309', 'NaN', "' OR 1=1 --", '../../etc/passwd', '%00', '%ZZ', '<script>', '🙂', 'ﬁ', 'Ⅻ', '\u202etxt', 'x'.repeat(300), '9'.repeat(40)];
const PLAUSIBLE_STRINGS = [
  'pm_card_visa',
  'pm_card_mastercard',
  'pm_card_authenticationRequired',
  'pm_card_visa_chargeDeclined',
  'pm_card_visa_chargeDeclinedStolenCard',
  'Ada Lovelace',
  'USD',
  'CLP',
  'US',
  'CL',
  'individual',
  'company',
  'software',
  'RUT',
  '12.345.678-5',
  '+12015550123',
  '9 6123 4567',
  '123456',
  'ada@example.com',
  'https://example.com/return',
  'visa',
  '4242',
];
const CARD_STRINGS = ATTACK_PANS.flatMap((pan) => cardNumberForms(pan).map(([, text]) => text));

function hostileString(world: FuzzWorld): fc.Arbitrary<string> {
  const realIds = [...world.ids.card, ...world.ids.account, ...world.ids.charge, ...world.ids.topup];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS), weight: 4 },
    { arbitrary: fc.constantFrom(...CARD_STRINGS), weight: 3 },
    { arbitrary: fc.constantFrom(...CONTROL_STRINGS), weight: 2 },
    { arbitrary: fc.constantFrom(...ODD_STRINGS), weight: 2 },
    { arbitrary: fc.constantFrom(...realIds), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
    { arbitrary: fc.constantFrom(...CARD_STRINGS).map((card) => `my card is ${card}, thanks`), weight: 1 },
  );
}

function anyJson(world: FuzzWorld): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(hostileString(world), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom(4111111111111111, 371449635398431, 1e21, -0));
  return fc.oneof({ depthSize: 'small', maxDepth: 2 }, leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(hostileString(world), leaf, { maxKeys: 3 }));
}

function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop()!;
  return document.components?.schemas?.[name] ?? {};
}

/** Values shaped by the schema most of the time, anything at all otherwise. */
function valueFor(schema: Schema, document: OpenApiDocument, world: FuzzWorld, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, document);
  const shaped = shapedValue(resolved, document, world, depth);
  return fc.oneof({ arbitrary: shaped, weight: 5 }, { arbitrary: anyJson(world), weight: 1 });
}

function shapedValue(schema: Schema, document: OpenApiDocument, world: FuzzWorld, depth: number): fc.Arbitrary<unknown> {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => valueFor(variant, document, world, depth + 1)));
  if (schema.allOf) return valueFor(Object.assign({}, ...schema.allOf.map((part) => resolve(part, document))), document, world, depth + 1);
  if (schema.enum) return fc.oneof({ arbitrary: fc.constantFrom(...schema.enum), weight: 4 }, { arbitrary: hostileString(world), weight: 1 });
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.properties || type === 'object') {
    if (depth > 3) return fc.constant({});
    const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, valueFor(property, document, world, depth + 1)]));
    const record = fc.record(properties, { requiredKeys: [] });
    // Now and then a field nobody declared, whose name may itself be hostile.
    return fc.tuple(record, fc.option(fc.tuple(hostileString(world), anyJson(world)), { freq: 5 })).map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
  }
  if (type === 'array') return fc.array(schema.items ? valueFor(schema.items, document, world, depth + 1) : anyJson(world), { maxLength: 4 });
  if (type === 'integer') return fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.constantFrom(0, 1, 12, 2030, 4111111111111111, 2 ** 53, -1));
  if (type === 'number') return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
  if (type === 'boolean') return fc.boolean();
  if (schema.format === 'email') return fc.oneof(fc.nat(1_000_000).map((n) => `fuzz.${n}@example.com`), hostileString(world));
  return hostileString(world);
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: Array<Record<string, string[]>>; parameters?: Operation['parameters']; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      scope: operation.security?.[0] ? Object.values(operation.security[0])[0]?.[0] : undefined,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes of its
 * CESU-8 form, as an attacker's raw client would. */
export function encodeComponent(text: string): string {
  return text
    .split(/(\p{Cs})/u)
    .map((piece) => (/^\p{Cs}$/u.test(piece) ? '%ED%A0%80' : encodeURIComponent(piece)))
    .join('');
}

/** Which real ids fit a path parameter, judged by the collection before it. */
function idsFor(template: string, name: string, world: FuzzWorld): string[] {
  const before = template.split(`/{${name}}`)[0]!.split('/').pop();
  if (before === 'cards') return world.ids.card;
  if (before === 'charges') return world.ids.charge;
  if (before === 'topups' && world.ids.topup.length > 0) return world.ids.topup;
  return world.ids.account;
}

function pathValue(template: string, name: string, world: FuzzWorld): fc.Arbitrary<string> {
  const ids = idsFor(template, name, world);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...ids).map(encodeComponent), weight: 5 },
    { arbitrary: hostileString(world).map(encodeComponent), weight: 3 },
    // Raw escapes, as an attacker types them into the URL.
    { arbitrary: fc.constantFrom('%00', 'card_%00', '%ZZ', '%E2%80%93', '4111%E2%80%931111%E2%80%931111%E2%80%931111', 'acct_%0A'), weight: 1 },
  );
}

function tokenFor(scope: string | undefined, world: FuzzWorld): fc.Arbitrary<string | undefined> {
  const right = scope ? world.tokens[scope as keyof FuzzWorld['tokens']] : undefined;
  const others = fc.constantFrom(undefined, world.tokens.account, world.tokens.billing, world.tokens.support, 'garbage', `${world.tokens.support}x`, `${world.tokens.account}=`);
  return right ? fc.oneof({ arbitrary: fc.constant(right), weight: 8 }, { arbitrary: others, weight: 1 }) : fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: others, weight: 1 });
}

const headerSafe = (text: string) => /^[\t\x20-\x7e]*$/.test(text);

export function fuzzRequest(operation: Operation, document: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParams = operation.parameters.filter((parameter) => parameter.in === 'query');
  const path = fc
    .tuple(...pathParams.map((parameter) => pathValue(operation.template, parameter.name, world)))
    .map((values) => pathParams.reduce((built, parameter, index) => built.replace(`{${parameter.name}}`, values[index]!), operation.template));
  const query = fc.record(Object.fromEntries(queryParams.map((parameter) => [parameter.name, fc.oneof(hostileString(world), fc.nat(200).map(String))])), { requiredKeys: [] });
  const extraQuery = fc.option(fc.tuple(fc.constantFrom('email', 'x', 'limit', 'q'), hostileString(world)), { freq: 4 });
  const body = operation.body ? fc.option(valueFor(operation.body, document, world), { freq: 10 }) : fc.option(anyJson(world), { freq: 2 });
  const idempotencyKey = fc.option(fc.oneof(fc.nat().map((n) => `fuzz-${n}`), hostileString(world).filter(headerSafe)), { freq: 2 });
  const requestId = fc.option(hostileString(world).filter(headerSafe), { freq: 4 });
  return fc.record({ path, query, extraQuery, body, token: tokenFor(operation.scope, world), idempotencyKey, requestId }).map((parts) => {
    const headers: Record<string, string> = {};
    if (parts.token) headers.Authorization = `Bearer ${parts.token}`;
    if (parts.idempotencyKey !== null) headers['Idempotency-Key'] = parts.idempotencyKey;
    if (parts.requestId !== null) headers['X-Request-Id'] = parts.requestId;
    const queryValues = { ...(parts.query as Record<string, string>) };
    if (parts.extraQuery) queryValues[parts.extraQuery[0]] = parts.extraQuery[1];
    return {
      operation: `${operation.method} ${operation.template}`,
      method: operation.method,
      path: parts.path,
      query: queryValues,
      headers,
      ...(parts.body !== null ? { body: parts.body } : {}),
    };
  });
}
