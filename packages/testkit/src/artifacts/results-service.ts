/**
 * The Actions results service that @actions/artifact 6 talks to
 * (ACTIONS_RESULTS_URL): twirp JSON endpoints for CreateArtifact,
 * FinalizeArtifact, ListArtifacts and GetSignedArtifactURL, with blobs in Azurite.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { FakeGitHub } from '../fake-github.js';
import { artifactStoreOf, type ArtifactStore, type FakeRun } from './artifact-store.js';
import { startAzurite, type Azurite } from './azurite.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CONTAINER = 'actions-results';

/** A running results service. */
export interface ArtifactService {
  /** ACTIONS_RESULTS_URL. */
  resultsUrl: string;
  azurite: Azurite;
  store: ArtifactStore;
  /**
   * The environment a job of run `runId` gets from the runner for artifacts:
   * ACTIONS_RUNTIME_TOKEN (a JWT naming the run's backend ids) and ACTIONS_RESULTS_URL.
   */
  runEnv(run: { runId: number; attempt?: number; owner?: string; repo?: string; headSha?: string }): Record<string, string>;
  close(): Promise<void>;
}

type Twirp = { status: number; body: unknown };
const twirpError = (status: number, code: string, msg: string): Twirp => ({ status, body: { code, msg } });

function jwtFor(run: FakeRun): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  // The client decodes the payload only; the signature is never checked on its side.
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${run.runBackendId}:${run.jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.c2lnbmF0dXJl`;
}

function handleTwirp(store: ArtifactStore, newId: () => number, method: string, body: Record<string, unknown>): Twirp {
  const run = store.runByBackendId(String(body['workflow_run_backend_id'] ?? ''));
  if (!run) return twirpError(404, 'not_found', 'unknown workflow run backend id');
  const name = String(body['name'] ?? '');
  const inRun = store.artifacts.filter((a) => a.run.runBackendId === run.runBackendId);
  switch (method) {
    case 'CreateArtifact': {
      // Names are unique within a run, across attempts, as on GitHub: a second upload is refused, never overwrites.
      if (inRun.some((a) => a.name === name)) return twirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run: ${name}`);
      const id = newId();
      const now = new Date();
      const expires = typeof body['expires_at'] === 'string' ? body['expires_at'] : new Date(now.getTime() + 90 * 86_400_000).toISOString();
      store.artifacts.push({ id, name, run, blobName: `${run.runBackendId}/${id}/${name}.zip`, mimeType: String((body['mime_type'] as string | undefined) ?? 'application/zip'),
        size: 0, digest: null, finalized: false, createdAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), expiresAt: new Date(expires).toISOString().replace(/\.\d{3}Z$/, 'Z') });
      const created = store.artifacts.at(-1)!;
      return { status: 200, body: { ok: true, signed_upload_url: store.signedUrl(created.blobName, 'cw') } };
    }
    case 'FinalizeArtifact': {
      const artifact = inRun.find((a) => a.name === name && !a.finalized);
      if (!artifact) return twirpError(404, 'not_found', `no pending artifact named ${name}`);
      artifact.finalized = true;
      artifact.size = Number(body['size'] ?? 0);
      artifact.digest = typeof body['hash'] === 'string' ? body['hash'] : null;
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    }
    case 'ListArtifacts': {
      const nameFilter = body['name_filter'] as string | undefined;
      const idFilter = body['id_filter'] as string | undefined;
      const list = inRun.filter((a) => a.finalized && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === String(idFilter)));
      return {
        status: 200,
        body: { artifacts: list.map((a) => ({ workflow_run_backend_id: a.run.runBackendId, workflow_job_run_backend_id: a.run.jobBackendId, database_id: String(a.id), name: a.name, size: String(a.size), created_at: a.createdAt, ...(a.digest ? { digest: a.digest } : {}) })) },
      };
    }
    case 'GetSignedArtifactURL': {
      const artifact = inRun.find((a) => a.name === name && a.finalized);
      if (!artifact) return twirpError(404, 'not_found', `no artifact named ${name}`);
      return { status: 200, body: { signed_url: store.signedUrl(artifact.blobName, 'r') } };
    }
    default:
      return twirpError(404, 'bad_route', `no handler for ${method}`);
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Starts Azurite and the results service for a fake GitHub (its REST artifact routes then serve these artifacts). */
export async function startArtifactService(fake: Pick<FakeGitHub, 'state' | 'owner' | 'repo'>): Promise<ArtifactService> {
  const azurite = await startAzurite();
  await azurite.createContainer(CONTAINER);
  const store = artifactStoreOf(fake.state);
  store.blob = { accountUrl: azurite.accountUrl, container: CONTAINER, credential: azurite.credential };
  const server = createServer((req, res) => {
    void (async () => {
      let reply: Twirp;
      if (req.method !== 'POST' || !req.url?.startsWith(SERVICE)) reply = twirpError(404, 'bad_route', `no route ${req.method} ${req.url}`);
      else if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) reply = twirpError(401, 'unauthenticated', 'missing bearer token');
      else {
        try {
          reply = handleTwirp(store, () => fake.state.newId(), req.url.slice(SERVICE.length), await readJson(req));
        } catch (e) {
          reply = twirpError(500, 'internal', String(e));
        }
      }
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const resultsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    resultsUrl, azurite, store,
    runEnv: (r) => {
      const key = `${r.owner ?? fake.owner}/${r.repo ?? fake.repo}#${r.runId}`;
      let run = [...store.runs.values()].find((x) => `${x.owner}/${x.repo}#${x.runId}` === key);
      if (!run) {
        run = { runId: r.runId, attempt: r.attempt ?? 1, owner: r.owner ?? fake.owner, repo: r.repo ?? fake.repo, headSha: r.headSha ?? 'a'.repeat(40), runBackendId: randomUUID(), jobBackendId: randomUUID() };
        store.runs.set(run.runBackendId, run);
      }
      return { ACTIONS_RUNTIME_TOKEN: jwtFor(run), ACTIONS_RESULTS_URL: resultsUrl };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      store.blob = undefined;
      await azurite.close();
    },
  };
}
