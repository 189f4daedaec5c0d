/**
 * One request through the fake, in GitHub's order: auth, permission, request
 * validation against the OpenAPI operation, handler, then the response is checked
 * against the operation's response schema before it leaves.
 */
import { describeRequestErrors, errorResponse, invalidRequest, notFound, type FakeResponse } from './github-errors.js';
import type { FakeState } from './fake-state.js';
import type { CompiledRoute, PermissionLevel, PermissionScope } from './route-table.js';
import { describeErrors, getValidators } from './schema-validators.js';
import type { JsonSchema } from './openapi-spec.js';

/** Per-token permissions; a token without `permissions` may do everything. */
export type TokenTable = Record<string, { permissions?: Partial<Record<PermissionScope, PermissionLevel>> }>;

/** What the pipeline needs from the fake. */
export interface PipelineContext {
  state: FakeState;
  apiUrl: string;
  tokens: TokenTable | undefined;
  validateResponses: boolean;
  violations: string[];
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/** Coerces query strings to the parameter's schema type, as GitHub's router does. */
function coerce(value: string, schema: JsonSchema): unknown {
  const type = schema['type'];
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Returns the 401 or 403 GitHub would send, or undefined when the token may call the route. */
export function checkAuth(ctx: PipelineContext, authorization: string | undefined, route: CompiledRoute | undefined, docs: string): FakeResponse | undefined {
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const entry = token ? (ctx.tokens ? ctx.tokens[token] : {}) : undefined;
  if (!entry) return errorResponse(401, 'Bad credentials', 'https://docs.github.com/rest');
  const need = route?.permission;
  if (!need || !entry.permissions) return undefined;
  const have = entry.permissions[need.scope] ?? 'none';
  return RANK[have] >= RANK[need.level] ? undefined : errorResponse(403, 'Resource not accessible by integration', docs);
}

/** Validates the request, runs the handler, validates the response. */
export async function runRoute(ctx: PipelineContext, route: CompiledRoute, params: Record<string, string>,
  search: URLSearchParams, pathname: string, rawBody: string): Promise<FakeResponse> {
  const validators = getValidators(route.method, route.route);
  const { spec } = validators;
  const docs = spec.documentationUrl;
  const input: Record<string, unknown> = { ...params };
  const query: Record<string, unknown> = {};
  for (const p of spec.parameters) {
    const value = p.in === 'query' ? search.get(p.name) : null;
    if (value !== null) input[p.name] = query[p.name] = coerce(value, p.schema);
    if (p.in === 'path' && params[p.name] !== undefined) input[p.name] = coerce(params[p.name] as string, p.schema);
  }
  if (!validators.params(input)) {
    // A path segment of the wrong type (deployments/abc) matches no route on GitHub: 404.
    const badPath = validators.params.errors?.some((e) => spec.parameters.some((p) => p.in === 'path' && e.instancePath === `/${p.name}`));
    if (badPath) return notFound(docs);
    return invalidRequest(describeRequestErrors(validators.params.errors ?? [], input), docs);
  }
  let body: unknown;
  if (validators.body) {
    try {
      body = rawBody.trim() === '' ? undefined : JSON.parse(rawBody);
    } catch {
      return errorResponse(400, 'Problems parsing JSON', docs);
    }
    if (body === undefined && spec.requestBody?.required) body = {};
    if (body !== undefined && !validators.body(body)) return invalidRequest(describeRequestErrors(validators.body.errors ?? [], body), docs);
  }
  // A write is noted step by step: if its answer would break GitHub's schema (or the
  // handler throws), it is undone, so one bad write never poisons later reads.
  const write = ctx.state.recordWrite(() => route.handle({ params, query, search, body, state: ctx.state, spec, apiUrl: ctx.apiUrl, pathname }));
  let response: FakeResponse;
  try {
    response = await write.result;
  } catch (error) {
    write.undo();
    throw error;
  }
  const checked = ctx.validateResponses ? checkResponse(ctx, route, response) : response;
  if (checked !== response || response.status >= 400) write.undo();
  return checked;
}

/** Records a response that breaks GitHub's schema and turns it into a 500 the client cannot miss. */
function checkResponse(ctx: PipelineContext, route: CompiledRoute, response: FakeResponse): FakeResponse {
  const validate = getValidators(route.method, route.route).responses[String(response.status)];
  if (!validate || response.body === undefined) return response;
  // Round-trip through JSON: the client sees the serialised form, not the stored object.
  const wire: unknown = JSON.parse(JSON.stringify(response.body));
  if (validate(wire)) return response;
  const violation = `${route.method} ${route.route} ${response.status}: ${describeErrors(validate.errors)}`;
  ctx.violations.push(violation);
  return errorResponse(500, `stagegate fake GitHub: response violates GitHub's schema: ${violation}`, 'https://docs.github.com/rest');
}
