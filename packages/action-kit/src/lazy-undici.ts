/**
 * Stands in for `undici` inside the action bundles only: each actions/<name>/tsconfig.json
 * maps the bare name `undici` to this file, and ncc resolves through those paths (tsc, vitest
 * and tsx use the root tsconfig and the real undici). @actions/http-client and
 * @actions/github import undici for two things, both needed only when an HTTP(S) proxy is
 * set: ProxyAgent (built synchronously while a client is created) and fetch (through it).
 * Bundled as-is, undici is about 0.9 MB that every start parsed; here it is a separate
 * chunk, loaded by loadUndici(), which loadProxySupport() awaits before main() runs.
 * @module
 */
import type * as Undici from 'undici/index.js';

/** undici's ProxyAgent once loadUndici() has run (ESM live binding: importers see it set). */
export let ProxyAgent: typeof Undici.ProxyAgent;

let loading: Promise<typeof Undici> | undefined;

/** Loads the real undici (a chunk of the bundle) once. */
export function loadUndici(): Promise<typeof Undici> {
  loading ??= import('undici/index.js').then((real) => {
    ProxyAgent = real.ProxyAgent;
    return real;
  });
  return loading;
}

/** undici's fetch, loading undici first. */
export async function fetch(...args: Parameters<typeof Undici.fetch>): ReturnType<typeof Undici.fetch> {
  return (await loadUndici()).fetch(...args);
}
