/**
 * Compiles ajv validators for an operation's parameters, request body and
 * responses. Only the component schemas an operation reaches are converted and
 * registered, so the first fake compiles a few dozen schemas, not GitHub's 1,000+.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { getOperation, loadGitHubOpenApi, type JsonSchema, type OperationSpec } from './openapi-spec.js';

const SCHEMA_BASE = 'https://stagegate.test/github/schemas/';

/** Validators of one operation; `undefined` when the operation has no such schema. */
export interface OperationValidators {
  spec: OperationSpec;
  /** Path and query parameters as one object; query values already coerced. */
  params: ValidateFunction;
  body?: ValidateFunction;
  responses: Record<string, ValidateFunction | undefined>;
}

// ajv-formats is CommonJS: under NodeNext its default export may sit on `.default`.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const registered = new Set<string>();
const validatorCache = new Map<string, OperationValidators>();

function getAjv(): Ajv {
  if (!ajv) {
    // strict:false because GitHub's schemas carry OpenAPI-only keywords (example, x-github, …)
    // and formats such as int64 that JSON Schema does not define.
    ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: false });
    addFormats(ajv);
    // GitHub itself answers "" for unset URL fields (target_url, log_url) although the
    // description says format: uri; accept "" so the fake may answer exactly like GitHub.
    ajv.addFormat('uri', (s: string) => s === '' || /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  }
  return ajv;
}

/** Rewrites an OpenAPI 3.0 schema into plain JSON Schema that ajv understands. */
function convert(node: unknown, pending: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, pending));
  if (!node || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'example' || key === 'examples' || key === 'discriminator' || key.startsWith('x-')) continue;
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace('#/components/schemas/', '');
      pending.push(name);
      out['$ref'] = SCHEMA_BASE + name;
      continue;
    }
    // `properties` maps names to schemas: a property called "example" must survive.
    out[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(v, pending)]))
      : convert(value, pending);
  }
  if (source['nullable'] !== true) return out;
  // OpenAPI 3.0 `nullable` becomes an explicit null alternative (works with or without `type`).
  return { anyOf: [{ type: 'null' }, out] };
}

function registerComponents(names: string[]): void {
  const doc = loadGitHubOpenApi();
  const schemas = doc.components['schemas'] as Record<string, unknown>;
  while (names.length > 0) {
    const name = names.pop() as string;
    if (registered.has(name)) continue;
    registered.add(name);
    const converted = convert(schemas[name], names) as JsonSchema;
    getAjv().addSchema({ ...converted, $id: SCHEMA_BASE + name });
  }
}

function compile(schema: JsonSchema): ValidateFunction {
  const pending: string[] = [];
  const converted = convert(schema, pending) as JsonSchema;
  registerComponents(pending);
  return getAjv().compile(converted);
}

/** Returns (and caches for the whole process) the validators of `method route`. */
export function getValidators(method: string, route: string): OperationValidators {
  const key = `${method.toUpperCase()} ${route}`;
  const cached = validatorCache.get(key);
  if (cached) return cached;
  const spec = getOperation(method, route);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const p of spec.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    properties[p.name] = p.schema;
    if (p.required) required.push(p.name);
  }
  const responses: Record<string, ValidateFunction | undefined> = {};
  for (const [status, schema] of Object.entries(spec.responses)) responses[status] = schema ? compile(schema) : undefined;
  const validators: OperationValidators = {
    spec,
    params: compile({ type: 'object', properties, required }),
    responses,
    ...(spec.requestBody ? { body: compile(spec.requestBody.schema) } : {}),
  };
  validatorCache.set(key, validators);
  return validators;
}

/** Formats ajv errors of a response check as one line per problem, for `violations`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}
