/** The proxy variables @actions/http-client reads (lower case first, as it does). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** Whether the runner set an HTTP(S) proxy for this step. */
export function hasProxy(env: NodeJS.ProcessEnv): boolean {
  return PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}

/**
 * Loads undici before main() when a proxy is set. In the action bundles `undici` is a lazy
 * stand-in (packages/action-kit/src/lazy-undici.ts) whose ProxyAgent must be ready before
 * a GitHub client is built; without a proxy nothing needs undici and the start stays cheap.
 * Outside the bundles `undici` is the real module and loadUndici does not exist.
 */
export async function loadProxySupport(env: NodeJS.ProcessEnv): Promise<void> {
  if (!hasProxy(env)) return;
  const undici = (await import('undici')) as { loadUndici?: () => Promise<unknown> };
  await undici.loadUndici?.();
}
