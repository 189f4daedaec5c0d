import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedRequest, SinkResponse } from './webhook-sinks.js';

/**
 * A loopback PagerDuty Events API v2 (POST /v2/enqueue) that checks each
 * event's shape as PagerDuty does and answers as PagerDuty answers: 202
 * `{ status: "success", message: "Event processed", dedup_key }` for a valid
 * event, 400 `{ status: "invalid event", message, errors }` otherwise. It
 * keeps each incident's state by dedup key, so a test can see a trigger and
 * then its resolve. Scripted answers (500, 429, a hang) inject faults.
 */

/** What the sink knows of one incident. */
export interface SinkIncident {
  dedupKey: string;
  state: 'triggered' | 'acknowledged' | 'resolved';
  /** The actions received for it, in order. */
  actions: string[];
  summary?: string;
  severity?: string;
}

/** The running sink. */
export interface PagerDutySink {
  /** The events URL to put in the plan's `events-url`. */
  url: string;
  received: ReceivedRequest[];
  /** Incidents by dedup key. */
  incidents: Map<string, SinkIncident>;
  /** Answers to give next (before the event is checked), in order. */
  respondWith(...responses: SinkResponse[]): void;
  close(): Promise<void>;
}

const ACTIONS = ['trigger', 'acknowledge', 'resolve'];
const SEVERITIES = ['critical', 'error', 'warning', 'info'];

/** Why PagerDuty would refuse this body (Events API v2 rules), or an empty list. */
export function checkPagerDutyEvent(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return ['body must be a JSON object'];
  const e = json as Record<string, any>;
  const errors: string[] = [];
  const isText = (v: unknown, max: number): boolean => typeof v === 'string' && v.length > 0 && v.length <= max;
  if (typeof e.routing_key !== 'string' || e.routing_key.length !== 32) errors.push('routing_key must be a 32-character integration key');
  if (!ACTIONS.includes(e.event_action)) errors.push(`event_action must be one of ${ACTIONS.join(', ')}`);
  if (e.dedup_key !== undefined && !isText(e.dedup_key, 255)) errors.push('dedup_key must be a string of 1 to 255 characters');
  if (e.event_action !== 'trigger' && e.dedup_key === undefined) errors.push(`dedup_key is required for ${String(e.event_action)}`);
  if (e.event_action === 'trigger') {
    const p = e.payload as Record<string, unknown> | undefined;
    if (typeof p !== 'object' || p === null) errors.push('payload is required for trigger');
    else {
      if (!isText(p.summary, 1024)) errors.push('payload.summary must be a string of 1 to 1024 characters');
      if (!isText(p.source, 255)) errors.push('payload.source is required');
      if (!SEVERITIES.includes(p.severity as string)) errors.push(`payload.severity must be one of ${SEVERITIES.join(', ')}`);
      if (p.timestamp !== undefined && (typeof p.timestamp !== 'string' || Number.isNaN(Date.parse(p.timestamp)))) errors.push('payload.timestamp must be an ISO 8601 time');
      if (p.custom_details !== undefined && (typeof p.custom_details !== 'object' || p.custom_details === null)) errors.push('payload.custom_details must be an object');
    }
  }
  if (e.links !== undefined && (!Array.isArray(e.links) || e.links.some((l: any) => typeof l?.href !== 'string'))) errors.push('links must be an array of { href, text }');
  const known = new Set(['routing_key', 'event_action', 'dedup_key', 'payload', 'images', 'links', 'client', 'client_url']);
  for (const key of Object.keys(e)) if (!known.has(key)) errors.push(`unknown field ${key}`);
  return errors;
}

/** Starts the sink on 127.0.0.1 (a random port); the test closes it. */
export async function startPagerDutySink(): Promise<PagerDutySink> {
  const received: ReceivedRequest[] = [];
  const incidents = new Map<string, SinkIncident>();
  const queue: SinkResponse[] = [];
  let generated = 0;
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
      const answer = ((): SinkResponse => {
        if (req.url !== '/v2/enqueue' || req.method !== 'POST') return { status: 404, body: { status: 'not found' } };
        const scripted = queue.shift();
        if (scripted) return scripted;
        if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return { status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors: ['Content-Type must be application/json'] } };
        const errors = checkPagerDutyEvent(json);
        if (errors.length) return { status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors } };
        const e = json as { event_action: string; dedup_key?: string; payload?: { summary?: string; severity?: string } };
        const key = e.dedup_key ?? `generated-${++generated}`;
        const incident = incidents.get(key) ?? { dedupKey: key, state: 'triggered', actions: [] };
        incident.actions.push(e.event_action);
        if (e.event_action === 'trigger') Object.assign(incident, { state: 'triggered', summary: e.payload?.summary, severity: e.payload?.severity });
        else if (incidents.has(key)) incident.state = e.event_action === 'resolve' ? 'resolved' : 'acknowledged';
        // A resolve for an unknown key is accepted and dropped, as PagerDuty does.
        if (incidents.has(key) || e.event_action === 'trigger') incidents.set(key, incident);
        return { status: 202, body: { status: 'success', message: 'Event processed', dedup_key: key } };
      })();
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, status: answer.status, at: Date.now() });
      if (answer.hang) return;
      setTimeout(() => {
        res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {}));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2/enqueue`,
    received,
    incidents,
    respondWith: (...r) => void queue.push(...r),
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
