/**
 * GitHub's error bodies, word for word where GitHub's wording is known, so that
 * clients under test meet the messages they will meet in production.
 */
import type { ErrorObject } from 'ajv';

/** A JSON response the route layer hands to the server. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** `{ message, documentation_url, status }`: the shape of every GitHub REST error. */
export function errorResponse(status: number, message: string, documentationUrl: string, extra: Record<string, unknown> = {}): FakeResponse {
  return { status, body: { message, documentation_url: documentationUrl, ...extra, status: String(status) } };
}

/** GitHub's 404 for unknown routes and for objects that do not exist. */
export function notFound(documentationUrl = 'https://docs.github.com/rest'): FakeResponse {
  return errorResponse(404, 'Not Found', documentationUrl);
}

/** Renders a value the way GitHub's (Ruby) validator quotes it in messages. */
function inspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (Array.isArray(value)) return `[${value.map(inspect).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}=>${inspect(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const part of pointer.split('/').slice(1)) current = (current as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return current;
}

/** `/payload` → `properties/payload`, the location GitHub names in its messages. */
function schemaLocation(pointer: string): string {
  return pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? p : `properties/${p}`)).join('/') || 'root';
}

/**
 * Turns ajv errors of a request body into GitHub's sentences, e.g.
 * `"ref" wasn't supplied.` or `For 'properties/state', "ok" is not a member of [...]`.
 */
export function describeRequestErrors(errors: ErrorObject[], data: unknown): string[] {
  // A failed oneOf/anyOf also reports every branch; GitHub reports the union once.
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const lines: string[] = [];
  for (const e of errors) {
    if (unions.some((u) => u !== e && e.schemaPath.startsWith(u.schemaPath + '/'))) continue;
    const where = `For '${schemaLocation(e.instancePath)}', `;
    const value = inspect(valueAt(data, e.instancePath));
    switch (e.keyword) {
      case 'required':
        lines.push(`${JSON.stringify(e.params['missingProperty'])} wasn't supplied.`);
        break;
      case 'additionalProperties':
        lines.push(`${JSON.stringify(e.params['additionalProperty'])} is not a permitted key.`);
        break;
      case 'enum':
        lines.push(`${where}${value} is not a member of ${inspect(e.params['allowedValues'])}.`);
        break;
      case 'type':
        lines.push(`${where}${value} is not ${withArticle(String(e.params['type']))}.`);
        break;
      case 'oneOf':
      case 'anyOf': {
        const branches = errors.filter((b) => b.keyword === 'type' && b.schemaPath.startsWith(e.schemaPath + '/'));
        const types = branches.map((b) => String(b.params['type']));
        lines.push(types.length > 0 ? `${where}${value} is not ${withArticle(types.join(' or '))}.` : `${where}${value} is not valid.`);
        break;
      }
      default:
        lines.push(`${where}${value} ${e.message ?? 'is invalid'}.`);
    }
  }
  return lines;
}

/** The 422 GitHub sends when a request breaks the operation's schema. */
export function invalidRequest(lines: string[], documentationUrl: string): FakeResponse {
  return errorResponse(422, `Invalid request.\n\n${lines.join('\n')}`, documentationUrl);
}
