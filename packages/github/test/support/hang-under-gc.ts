/**
 * Child of client-timeout.test.ts, run as `node --expose-gc --import tsx`: sends
 * one request the fake never answers while collecting garbage every few ms, and
 * prints how long the client took to give up. Node 20's AbortSignal.timeout
 * inside AbortSignal.any never fires once collected; timers we own must.
 */
import { createGitHubClient } from '@stagegate/github';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');
const gcLoop = setInterval(() => collect(), 5);
const client = createGitHubClient({ token: 't', baseUrl: process.env.FAKE_URL as string, timeoutMs: Number(process.env.TIMEOUT_MS), retries: 0 });
const started = Date.now();
try {
  await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { owner: 'acme', repo: 'trading-api', deployment_id: 1, state: 'failure' });
  console.log(JSON.stringify({ ok: true, ms: Date.now() - started }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, ms: Date.now() - started, message: (e as Error).message }));
} finally {
  clearInterval(gcLoop);
}
