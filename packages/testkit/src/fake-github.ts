/**
 * startFakeGitHub: a loopback HTTP server that answers like api.github.com for the
 * routes of the route table, checked against GitHub's own OpenAPI description.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorResponse, notFound, type FakeResponse } from './github-errors.js';
import { FakeState } from './fake-state.js';
import { FaultInjector, type Fault } from './faults.js';
import { etagOf, isFreeRequest, matchesIfNoneMatch, RateLimiter } from './rate-limit.js';
import { checkAuth, runRoute, type PipelineContext, type TokenTable } from './request-pipeline.js';
import { compileRoutes, matchRoute, type RouteDefinition } from './route-table.js';
import { deploymentRoutes } from './routes-deployments.js';
import { artifactRoutes } from './artifacts/routes-artifacts.js';
import { repositoryRoutes } from './routes-repository.js';
import { workflowRunRoutes } from './routes-workflow-runs.js';
import { getValidators } from './schema-validators.js';

/** Options of {@link startFakeGitHub}. */
export interface FakeGitHubOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The default repository (any owner/repo is served); default acme/trading-api. */
  owner?: string;
  repo?: string;
  /** Accepted tokens; default: any non-empty token has write on everything. */
  tokens?: TokenTable;
  /** Check every response against GitHub's schema; default true. */
  validateResponses?: boolean;
  /** Extra routes (e.g. workflow-run artifacts), matched before the built-in ones. */
  routes?: RouteDefinition[];
}

/** One request as the fake saw it. */
export interface RequestLogEntry {
  method: string;
  /** Path with query, as sent. */
  path: string;
  /** OpenAPI template, or undefined for an unknown route. */
  route: string | undefined;
  operationId: string | undefined;
  /** 0 when a `reset` fault destroyed the socket or a `hang` fault never answered. */
  status: number;
  ms: number;
  time: Date;
}

/** A running fake. */
export interface FakeGitHub {
  /** e.g. http://127.0.0.1:PORT: octokit's baseUrl, GITHUB_API_URL. */
  url: string;
  port: number;
  owner: string;
  repo: string;
  state: FakeState;
  log: RequestLogEntry[];
  countRequests(filter?: { method?: string; route?: string }): number;
  resetLog(): void;
  faults: FaultInjector;
  /** The fake's primary rate limit: tell it how many requests remain (`rateLimit.set({ remaining: 40 })`). */
  rateLimit: RateLimiter;
  /** Responses of ours that broke GitHub's schema. */
  violations: string[];
  /** Throws with every violation when there is any. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ';
const RATE_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

function faultResponse(fault: Exclude<Fault, { kind: 'latency' | 'reset' | 'hang' }>, requestId: string, limiter: RateLimiter): FakeResponse {
  switch (fault.kind) {
    case 'status':
      return { status: fault.status, body: fault.body ?? { message: 'Server Error', documentation_url: 'https://docs.github.com/rest', status: String(fault.status) }, headers: fault.headers ?? {} };
    case 'secondary-rate-limit':
    case 'too-many-requests': {
      const response = errorResponse(fault.kind === 'secondary-rate-limit' ? 403 : 429, `${SECONDARY}${requestId}.`, `${RATE_DOCS}#about-secondary-rate-limits`);
      return { ...response, headers: { 'retry-after': String(fault.retryAfter ?? 1) } };
    }
    case 'rate-limit': {
      const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 60);
      const response = errorResponse(403, 'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ' + `${requestId} and timestamp ${new Date().toISOString()}.`, `${RATE_DOCS}#about-the-primary-rate-limit`);
      return { ...response, headers: limiter.headers({ remaining: 0, reset, used: limiter.limit }) };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts a fake GitHub REST API on 127.0.0.1 (first start ≈0.5 s to prepare schemas, later ones ms). */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const limiter = new RateLimiter();
  const routes = compileRoutes([...(options.routes ?? []), ...deploymentRoutes, ...repositoryRoutes(limiter), ...artifactRoutes, ...workflowRunRoutes]);
  for (const r of routes) getValidators(r.method, r.route); // fail fast on a route GitHub does not have
  const faults = new FaultInjector();
  const log: RequestLogEntry[] = [];
  const violations: string[] = [];
  const ctx: PipelineContext = { state: undefined as unknown as FakeState, apiUrl: '', tokens: options.tokens, validateResponses: options.validateResponses ?? true, violations };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomBytes(10).toString('hex').toUpperCase().replace(/(.{4})(.{4})(.{6})(.{6})/, '$1:$2:$3:$4');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', ctx.apiUrl);
    let pathname = url.pathname.replace(/\/+$/, '') || '/';
    // Link headers point at /repositories/{id}/…; serve them like the /repos/{owner}/{repo}/… path.
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(pathname);
    const known = byId ? ctx.state.repoById(Number(byId[1])) : undefined;
    if (byId && known) pathname = `/repos/${known.owner}/${known.repo}${byId[2] ?? ''}`;
    const match = matchRoute(routes, method, pathname);
    const entry: RequestLogEntry = { method, path: req.url ?? '/', route: match?.route.route, operationId: undefined, status: 0, ms: 0, time: new Date() };
    if (match) entry.operationId = getValidators(match.route.method, match.route.route).spec.operationId;
    log.push(entry);
    const rawBody = await readBody(req);
    let response: FakeResponse | undefined;
    for (const fault of faults.take(method, match?.route.route, pathname)) {
      if (fault.kind === 'latency') await sleep(fault.ms);
      else if (fault.kind === 'reset') {
        entry.ms = performance.now() - started;
        req.socket.destroy();
        return;
      } else if (fault.kind === 'hang') {
        // Left open on purpose: only the client's own bound (or close()) ends it.
        entry.ms = performance.now() - started;
        return;
      } else response = faultResponse(fault, requestId, limiter);
    }
    const docs = match ? getValidators(match.route.method, match.route.route).spec.documentationUrl : 'https://docs.github.com/rest';
    response ??= checkAuth(ctx, req.headers.authorization, match?.route, docs);
    if (!response && !match) response = notFound();
    if (!response && match) {
      try {
        response = await runRoute(ctx, match.route, match.params, url.searchParams, pathname, rawBody);
      } catch (error) {
        response = errorResponse(500, `stagegate fake GitHub: ${error instanceof Error ? error.stack : String(error)}`, docs);
      }
    }
    let final = response as FakeResponse;
    let payload = final.body === undefined ? '' : JSON.stringify(final.body);
    const etag = method === 'GET' && final.status === 200 && payload ? etagOf(payload) : undefined;
    if (etag && matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      final = { status: 304, body: undefined, headers: {} };
      payload = '';
    }
    if (!isFreeRequest(method, match?.route.route, final.status)) limiter.count();
    res.writeHead(final.status, {
      ...(etag ? { etag } : {}),
      ...limiter.headers(),
      'x-github-request-id': requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...final.headers,
    });
    res.end(payload);
    entry.status = final.status;
    entry.ms = performance.now() - started;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  ctx.apiUrl = url;
  ctx.state = new FakeState(url);
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'trading-api';
  ctx.state.repo(owner, repo);

  return {
    url, port, owner, repo, state: ctx.state, log, faults, violations, rateLimit: limiter,
    countRequests: (filter = {}) => log.filter((e) => (!filter.method || e.method === filter.method.toUpperCase()) && (!filter.route || e.route === filter.route)).length,
    resetLog: () => { log.length = 0; },
    assertNoViolations: () => {
      if (violations.length > 0) throw new Error(`fake GitHub answered ${violations.length} response(s) that break GitHub's schema:\n${violations.join('\n')}`);
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections(); // keep-alive sockets of undici would hold close() open
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
