/**
 * Fault injection: make the next N matching requests fail the way GitHub fails,
 * so retry, throttling and error paths of clients can be tested for real.
 */

/** Which requests a fault applies to; all given conditions must match. */
export interface FaultMatch {
  method?: string;
  /** An OpenAPI path template (`/repos/{owner}/{repo}/deployments`) or a RegExp tested on the path. */
  route?: string | RegExp;
  /** How many matching requests the fault hits; default 1. */
  times?: number;
}

/** A fault to inject. */
export type Fault = FaultMatch & (
  | { kind: 'status'; status: number; body?: object; headers?: Record<string, string> }
  /** 403 with GitHub's secondary-rate-limit message and retry-after. */
  | { kind: 'secondary-rate-limit'; retryAfter?: number }
  /** Primary limit: 403, x-ratelimit-remaining 0 and x-ratelimit-reset. */
  | { kind: 'rate-limit'; resetInSeconds?: number }
  /** 429 with retry-after. */
  | { kind: 'too-many-requests'; retryAfter?: number }
  /** Delays the request, then serves it normally. */
  | { kind: 'latency'; ms: number }
  /** Destroys the socket without an answer. */
  | { kind: 'reset' }
  /** Never answers: the socket stays open until the client gives up or the fake closes. */
  | { kind: 'hang' }
);

interface ActiveFault {
  fault: Fault;
  left: number;
}

/** Adds and clears faults; the server asks it for the faults of each request. */
export class FaultInjector {
  private active: ActiveFault[] = [];

  /** Arms a fault for the next `times` (default 1) matching requests. */
  add(fault: Fault): void {
    this.active.push({ fault, left: fault.times ?? 1 });
  }

  /** Disarms every fault. */
  clear(): void {
    this.active = [];
  }

  /** Faults still armed. */
  get pending(): number {
    return this.active.length;
  }

  /**
   * Consumes the faults that hit this request: every matching latency fault, then
   * at most one answering fault (the oldest), so faults queue up in order.
   */
  take(method: string, route: string | undefined, path: string): Fault[] {
    const hits: Fault[] = [];
    let answered = false;
    for (const entry of this.active) {
      const f = entry.fault;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (typeof f.route === 'string' && f.route !== route) continue;
      if (f.route instanceof RegExp && !f.route.test(path)) continue;
      if (f.kind !== 'latency') {
        if (answered) continue;
        answered = true;
      }
      entry.left--;
      hits.push(f);
    }
    this.active = this.active.filter((e) => e.left > 0);
    return hits;
  }
}
