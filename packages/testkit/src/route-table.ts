/**
 * The route table: the one place a new endpoint is added. A route names a real
 * operation of GitHub's OpenAPI description (method + path template), the token
 * permission it needs, and a handler. The server validates the request against the
 * operation before the handler runs and the response after, so handlers only
 * implement behaviour. To add workflow-run artifact routes later, write a module
 * exporting `RouteDefinition[]` and append it to `defaultRoutes` (or pass it as
 * `startFakeGitHub({ routes })`).
 */
import type { FakeResponse } from './github-errors.js';
import type { FakeState } from './fake-state.js';
import type { OperationSpec } from './openapi-spec.js';

/** Repository permissions of a GitHub App installation token (GITHUB_TOKEN is one). */
export type PermissionScope = 'deployments' | 'contents' | 'actions' | 'administration';
/** A permission level, as in a workflow's `permissions:` block. */
export type PermissionLevel = 'read' | 'write' | 'none';

/** What a handler receives; path and query values are already validated. */
export interface RouteContext {
  /** Path parameters, URL-decoded (`production%2Flhr` → `production/lhr`). */
  params: Record<string, string>;
  /** Query parameters coerced to their schema types (numbers for per_page, page…). */
  query: Record<string, unknown>;
  /** The raw query, to echo into Link headers in GitHub's order. */
  search: URLSearchParams;
  /** The parsed JSON body (`undefined` when none). */
  body: unknown;
  state: FakeState;
  spec: OperationSpec;
  /** The fake's base URL, e.g. http://127.0.0.1:PORT. */
  apiUrl: string;
  /** The request path without query. */
  pathname: string;
}

/** One endpoint of the fake. */
export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path template; must exist in GitHub's description. */
  route: string;
  /** Needed permission; omit for endpoints any valid token may call (metadata, rate_limit). */
  permission?: { scope: PermissionScope; level: 'read' | 'write' };
  /** Path parameters that may contain slashes, e.g. `ref` of GET /commits/{ref}. */
  multiSegment?: string[];
  handle(ctx: RouteContext): FakeResponse | Promise<FakeResponse>;
}

/** A route with its compiled matcher. */
export interface CompiledRoute extends RouteDefinition {
  regex: RegExp;
  names: string[];
}

/** Compiles path templates into anchored regular expressions. */
export function compileRoutes(routes: RouteDefinition[]): CompiledRoute[] {
  return routes.map((r) => {
    const names: string[] = [];
    const source = r.route.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a?: string, b?: string) => {
      const name = (a ?? b) as string;
      names.push(name);
      return r.multiSegment?.includes(name) ? '(.+)' : '([^/]+)';
    });
    return { ...r, regex: new RegExp(`^${source}$`), names };
  });
}

/** Finds the route for a request; `undefined` means GitHub's 404. */
export function matchRoute(routes: CompiledRoute[], method: string, pathname: string): { route: CompiledRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.regex.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route, params };
  }
  return undefined;
}

/**
 * Slices one page of a newest-first listing and builds GitHub's Link header:
 * `<url?…&page=2>; rel="next", <url?…&page=9>; rel="last"` (prev/first on later pages).
 * `itemAt(i)` returns the i-th newest item so callers never materialise whole lists.
 */
export function paginate<T>(ctx: RouteContext, total: number, itemAt: (index: number) => T, linkBase: string): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query['per_page'] ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query['page'] ?? 1) || 1, 1);
  const items: T[] = [];
  for (let i = (page - 1) * perPage; i < Math.min(page * perPage, total); i++) items.push(itemAt(i));
  const last = Math.max(Math.ceil(total / perPage), 1);
  const link = (n: number, rel: string): string => {
    const search = new URLSearchParams(ctx.search);
    search.delete('page');
    search.append('page', String(n));
    return `<${linkBase}?${search.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return { items, headers: parts.length > 0 ? { link: parts.join(', ') } : {} };
}
