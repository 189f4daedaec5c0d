import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the service answers right now; tests flip it mid-soak. */
export type Mode = 'healthy' | 'unhealthy' | 'slow' | 'bad-json' | 'reset' | 'redirect';

/** A loopback health endpoint whose behaviour a test controls. */
export interface LoopbackService {
  url: string;
  port: number;
  mode: Mode;
  /** Delay of the slow mode, ms. */
  slowMs: number;
  /** Requests served, by path. */
  hits: number;
  server: Server;
  close(): Promise<void>;
}

/** Starts a service on 127.0.0.1 answering GET /health as `mode` says. */
export async function startService(mode: Mode = 'healthy'): Promise<LoopbackService> {
  const state = { mode, slowMs: 300, hits: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    state.hits++;
    if (req.url === '/moved') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy","moved":true}');
      return;
    }
    switch (state.mode) {
      case 'healthy':
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'healthy', checks: { db: { ok: true, lagMs: 12 } }, version: '1.4.2' }));
        return;
      case 'unhealthy':
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"degraded"}');
        return;
      case 'slow':
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}'), state.slowMs);
        return;
      case 'bad-json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status": "healthy",');
        return;
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'redirect':
        res.writeHead(302, { location: '/moved' }).end();
        return;
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const svc: LoopbackService = {
    url: `http://127.0.0.1:${port}/health`,
    port,
    get mode() { return state.mode; },
    set mode(m: Mode) { state.mode = m; },
    get slowMs() { return state.slowMs; },
    set slowMs(v: number) { state.slowMs = v; },
    get hits() { return state.hits; },
    set hits(v: number) { state.hits = v; },
    server,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
  return svc;
}
