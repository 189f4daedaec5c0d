/**
 * Loads GitHub's own OpenAPI description once per process and prepares the few
 * operations the fake serves: their parameters, request body and response
 * schemas, ready to be compiled by {@link ./schema-validators.js}.
 *
 * The file is 13 MB; parsing it costs ~130 ms, so the parsed document lives in a
 * module-level variable and every fake started in the same process shares it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A JSON Schema object as found in the OpenAPI document (3.0 dialect). */
export type JsonSchema = Record<string, unknown>;

/** One OpenAPI parameter after `$ref` resolution. */
export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

/** What the fake needs to know about one operation of GitHub's REST API. */
export interface OperationSpec {
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/deployments`. */
  route: string;
  operationId: string;
  /** `externalDocs.url`: GitHub puts it in `documentation_url` of its errors. */
  documentationUrl: string;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; schema: JsonSchema };
  /** JSON response schema per status code ('200', '201', ...); absent when the status has no JSON body. */
  responses: Record<string, JsonSchema | undefined>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: Record<string, Record<string, unknown>>;
}

let cachedDocument: OpenApiDocument | undefined;
const operationCache = new Map<string, OperationSpec>();

/** Parses `@octokit/openapi`'s api.github.com.json (not the 3x larger .deref file) once. */
export function loadGitHubOpenApi(): OpenApiDocument {
  if (!cachedDocument) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cachedDocument = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return cachedDocument;
}

/** Follows a local `#/components/...` reference of the document. */
export function resolveRef<T = Record<string, unknown>>(doc: OpenApiDocument, value: unknown): T {
  let current = value as Record<string, unknown>;
  // Parameters and responses may be references to components; schemas are left to ajv.
  for (let hops = 0; hops < 10 && typeof current?.['$ref'] === 'string'; hops++) {
    const parts = (current['$ref'] as string).replace(/^#\//, '').split('/');
    let target: unknown = doc;
    for (const part of parts) target = (target as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    current = target as Record<string, unknown>;
  }
  return current as T;
}

/**
 * Returns the prepared description of `method route`, or throws when GitHub's
 * description has no such operation: a route of the fake must be a real route.
 */
export function getOperation(method: string, route: string): OperationSpec {
  const key = `${method.toUpperCase()} ${route}`;
  const cached = operationCache.get(key);
  if (cached) return cached;
  const doc = loadGitHubOpenApi();
  const pathItem = doc.paths[route];
  const op = pathItem?.[method.toLowerCase()];
  if (!pathItem || !op) throw new Error(`GitHub's OpenAPI description has no operation ${key}`);
  const rawParams = [...((pathItem['parameters'] as unknown as unknown[] | undefined) ?? []), ...((op['parameters'] as unknown[]) ?? [])];
  const parameters = rawParams.map((raw) => {
    const p = resolveRef<Record<string, unknown>>(doc, raw);
    return {
      name: p['name'] as string,
      in: p['in'] as OperationParameter['in'],
      required: p['required'] === true,
      schema: (p['schema'] as JsonSchema) ?? {},
    };
  });
  const body = op['requestBody'] ? resolveRef<Record<string, unknown>>(doc, op['requestBody']) : undefined;
  const bodySchema = (body?.['content'] as Record<string, { schema?: JsonSchema }> | undefined)?.['application/json']?.schema;
  const responses: Record<string, JsonSchema | undefined> = {};
  for (const [status, raw] of Object.entries((op['responses'] as Record<string, unknown>) ?? {})) {
    const response = resolveRef<Record<string, unknown>>(doc, raw);
    const content = response['content'] as Record<string, { schema?: JsonSchema }> | undefined;
    responses[status] = content?.['application/json']?.schema;
  }
  const spec: OperationSpec = {
    method: method.toUpperCase(),
    route,
    operationId: op['operationId'] as string,
    documentationUrl: ((op['externalDocs'] as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest'),
    parameters,
    responses,
    ...(bodySchema ? { requestBody: { required: body?.['required'] === true, schema: bodySchema } } : {}),
  };
  operationCache.set(key, spec);
  return spec;
}
