import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodesUnderTest, runActionBundle, startFakeGitHub, type FakeGitHub } from '@stagegate/testkit';
import { makeWorkspace, planText, readDeployLog } from '../packages/deployer/test/fixtures.js';

// In the bundles undici is loaded only when a proxy is set (actions/*/tsconfig.json maps it
// to a lazy stand-in): these runs go through a real CONNECT proxy on loopback, so a bundle
// that built its GitHub client before undici was loaded fails here.
let fake: FakeGitHub;
let proxy: Server;
let proxyUrl = '';
const tunnels: string[] = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  fake = await startFakeGitHub();
  const fakePort = Number(new URL(fake.url).port);
  proxy = createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  // Every host the client asks for is the fake GitHub: the name need not resolve anywhere.
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const upstream = connect(fakePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((ok) => proxy.close(ok));
  await fake.close();
});

describe('the bundles behind an HTTP proxy', () => {
  it.each(nodesUnderTest())('rollback on $label reads and writes GitHub through the proxy', async ({ path: node }) => {
    fake.state.seedDeployment('acme', 'trading-api', {
      environment: 'production/lhr', task: 'deploy', sha: '1'.repeat(40),
      payload: { tool: 'stagegate', service: 'trading-api', version: 'v1', stage: 'canary', target: 'lhr', plan: 'seed', run: { id: '1', attempt: 1 } },
      statuses: [{ state: 'success' }],
    });
    fake.state.seedDeployment('acme', 'trading-api', {
      environment: 'production/lhr', task: 'deploy', sha: '2'.repeat(40),
      payload: { tool: 'stagegate', service: 'trading-api', version: 'v2', stage: 'canary', target: 'lhr', plan: 'seed', run: { id: '2', attempt: 1 } },
      statuses: [{ state: 'failure' }],
    });
    const ws = await makeWorkspace();
    await mkdir(join(ws.dir, '.github'));
    await writeFile(join(ws.dir, '.github', 'rollout.yml'), planText());
    const before = tunnels.length;
    const run = await runActionBundle('rollback', {
      node,
      workspace: ws.dir,
      inputs: { token: 'test-token', targets: 'lhr', reason: 'proxy test' },
      // A name only the proxy knows: without the proxy the request cannot go anywhere.
      env: { GITHUB_API_URL: `http://github.stagegate.test:${new URL(fake.url).port}`, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, DEPLOY_LOG: ws.logFile },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs['versions'] ?? '{}')).toEqual({ lhr: 'v1' });
    expect(await readDeployLog(ws.logFile)).toEqual(['rollback lhr v1']);
    expect(tunnels.slice(before).every((t) => t.startsWith('github.stagegate.test:'))).toBe(true);
    expect(tunnels.length).toBeGreaterThan(before);
    fake.assertNoViolations();
  });
});
