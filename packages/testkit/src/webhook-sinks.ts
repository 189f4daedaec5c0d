import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of a sink. */
export interface SinkResponse {
  status: number;
  /** A string is sent as is; an object as JSON. */
  body?: string | object;
  headers?: Record<string, string>;
  /** Wait this long before answering (on top of the sink's latency). */
  delayMs?: number;
  /** Never answer: the client must time out (or be killed). */
  hang?: boolean;
}

/** One request a sink received, recorded before it answers. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
  /** The status the sink answered with. */
  status: number;
  /** When the request arrived (ms since the epoch). */
  at: number;
}

/** Which service a sink imitates: its URL shape, its success answer and the limits it enforces. */
export type SinkKind = 'slack' | 'discord' | 'generic';

/** A loopback webhook receiver that records what it gets. */
export interface WebhookSink {
  kind: SinkKind;
  /** The secret-bearing webhook URL (a token in the path, like the real ones). */
  url: string;
  /** Every request, in arrival order. */
  received: ReceivedRequest[];
  /** Answers to give next, in order; then the default answer. */
  respondWith(...responses: SinkResponse[]): void;
  /** The answer once the scripted ones are used up. */
  setDefault(response: SinkResponse): void;
  /** Latency added to every answer (ms). */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

const SUCCESS: Record<SinkKind, SinkResponse> = { slack: { status: 200, body: 'ok' }, discord: { status: 204 }, generic: { status: 200, body: {} } };

/**
 * Starts a sink on 127.0.0.1 imitating Slack incoming webhooks (200 "ok";
 * 400 invalid_blocks when a header is over 150 characters), Discord webhooks
 * (204; 400 code 50035 when an embed breaks a limit) or a generic receiver.
 * Requests to any other path get 404, as a wrong webhook URL would.
 */
export async function startWebhookSink(kind: SinkKind = 'generic', options: { latencyMs?: number } = {}): Promise<WebhookSink> {
  const token = randomBytes(18).toString('base64url');
  const path = kind === 'slack' ? `/services/T0STAGE/B0GATE/${token}` : kind === 'discord' ? `/api/webhooks/1234567890/${token}` : `/hooks/${token}`;
  const queue: SinkResponse[] = [];
  let fallback = SUCCESS[kind];
  let latency = options.latencyMs ?? 0;
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      let answer = req.url === path && req.method === 'POST' ? (queue.shift() ?? fallback) : { status: 404, body: 'not found' };
      if (answer.status < 300) answer = checkLimits(kind, json) ?? answer;
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, status: answer.status, at: Date.now() });
      if (answer.hang) return;
      setTimeout(() => {
        const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        const type = typeof answer.body === 'object' ? 'application/json' : 'text/plain';
        res.writeHead(answer.status, { 'Content-Type': type, ...answer.headers });
        res.end(text);
      }, latency + (answer.delayMs ?? 0));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    kind,
    url: `http://127.0.0.1:${port}${path}`,
    received,
    respondWith: (...r) => void queue.push(...r),
    setDefault: (r) => void (fallback = r),
    setLatency: (ms) => void (latency = ms),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The 400 a real service gives for a payload it rejects, or undefined when the payload is acceptable. */
function checkLimits(kind: SinkKind, json: unknown): SinkResponse | undefined {
  if (kind === 'generic') return undefined;
  if (typeof json !== 'object' || json === null) return { status: 400, body: kind === 'slack' ? 'invalid_payload' : { code: 50109, message: 'The request body contains invalid JSON.' } };
  return kind === 'slack' ? checkSlack(json as SlackBody) : checkDiscord(json as DiscordBody);
}

type Block = { type?: string; text?: { text?: string }; fields?: unknown[]; elements?: unknown[] };
type SlackBody = { text?: string; blocks?: Block[]; attachments?: Array<{ blocks?: Block[] }> };

function checkSlack(body: SlackBody): SinkResponse | undefined {
  const blocks = [...(body.blocks ?? []), ...(body.attachments ?? []).flatMap((a) => a.blocks ?? [])];
  if (!body.text && blocks.length === 0) return { status: 400, body: 'no_text' };
  const bad = blocks.some((b) => (b.type === 'header' && (b.text?.text?.length ?? 0) > 150) || (b.fields?.length ?? 0) > 10 || (b.elements?.length ?? 0) > 10 || (b.text?.text?.length ?? 0) > 3000);
  return bad || blocks.length > 50 ? { status: 400, body: 'invalid_blocks' } : undefined;
}

type Embed = { title?: string; description?: string; fields?: Array<{ name?: string; value?: string }>; footer?: { text?: string }; author?: { name?: string } };
type DiscordBody = { content?: string; embeds?: Embed[] };

function checkDiscord(body: DiscordBody): SinkResponse | undefined {
  const embeds = body.embeds ?? [];
  const len = (s: string | undefined): number => s?.length ?? 0;
  let total = 0;
  let bad = embeds.length > 10 || len(body.content) > 2000 || (embeds.length === 0 && !body.content);
  for (const e of embeds) {
    const fields = e.fields ?? [];
    bad ||= len(e.title) > 256 || len(e.description) > 4096 || fields.length > 25 || len(e.footer?.text) > 2048 || len(e.author?.name) > 256;
    bad ||= fields.some((f) => len(f.name) > 256 || len(f.value) > 1024 || !f.name || !f.value);
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
  }
  return bad || total > 6000 ? { status: 400, body: { code: 50035, message: 'Invalid Form Body' } } : undefined;
}
