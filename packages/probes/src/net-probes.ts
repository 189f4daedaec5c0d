import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { raceAbort, type DnsCheck, type ProbeResult, type TcpCheck } from '@stagegate/core';
import { describeError, errorCode, errorResult, since, type ProbeContext } from './probe-context.js';

/** Resolver answers that mean "this name does not exist": a measured failure. */
const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * Resolves the name as the service's clients would (getaddrinfo: /etc/hosts,
 * then DNS). A name that does not resolve, or resolves without the expected
 * addresses, fails; a resolver that does not answer (EAI_AGAIN, timeout) is an
 * error. The value is the number of addresses.
 */
export async function probeDns(check: DnsCheck, ctx: ProbeContext): Promise<ProbeResult> {
  const start = performance.now();
  const family = check.family === 'ipv4' ? 4 : check.family === 'ipv6' ? 6 : 0;
  let addresses: string[];
  try {
    // getaddrinfo cannot be cancelled: race it against the signal.
    addresses = (await raceAbort(lookup(check.host, { all: true, family }), ctx.signal)).map((a) => a.address);
  } catch (e) {
    const code = errorCode(e);
    if (!ctx.signal.aborted && code && NOT_FOUND.has(code)) return { status: 'fail', value: 0, message: `${check.host} does not resolve (${code})`, latencyMs: since(start) };
    return errorResult(describeError(e, ctx), start);
  }
  const missing = (check['expect-addresses'] ?? []).filter((a) => !addresses.includes(a));
  const latencyMs = since(start);
  if (missing.length) return { status: 'fail', value: addresses.length, message: `${check.host} resolves to ${addresses.join(', ')}, not ${missing.join(', ')}`, latencyMs };
  return { status: 'pass', value: addresses.length, message: `${check.host} → ${addresses.join(', ')}`, latencyMs };
}

/**
 * Opens a TCP connection and closes it. Here "refused" is the answer being
 * measured (nothing listens), so it fails the check; a timeout is an error.
 * The value is the connect time in ms.
 */
export async function probeTcp(check: TcpCheck, ctx: ProbeContext): Promise<ProbeResult> {
  const start = performance.now();
  try {
    await new Promise<void>((ok, fail) => {
      const socket = connect({ host: check.host, port: check.port, signal: ctx.signal });
      socket.once('connect', () => {
        socket.destroy();
        ok();
      });
      socket.once('error', fail);
    });
  } catch (e) {
    const code = errorCode(e);
    if (!ctx.signal.aborted && (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH')) return { status: 'fail', message: `${check.host}:${check.port} ${code}`, latencyMs: since(start) };
    return errorResult(describeError(e, ctx), start);
  }
  const latencyMs = since(start);
  return { status: 'pass', value: latencyMs, message: `connected to ${check.host}:${check.port}`, latencyMs };
}
