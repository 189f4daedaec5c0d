#!/usr/bin/env node
// The demo fleet's deploy command: `fleet-deploy.js <fleet-url> <region> <version> [--delay ms]`.
// It plays a real deploy script: it prints what it does, takes a moment, and
// exits non-zero when the fleet refuses. Arguments arrive as argv, never via a shell.
const [url, region, version, ...rest] = process.argv.slice(2);
if (!url || !region || !version) {
  console.error('usage: fleet-deploy.js <fleet-url> <region> <version> [--delay ms]');
  process.exit(2);
}
const delayAt = rest.indexOf('--delay');
const delay = delayAt === -1 ? 50 : Number(rest[delayAt + 1]);
// First, before anything slow: tell the fleet when this command started, so tests and benches
// measure recovery delays on the fleet's side rather than trusting the tool's own log.
const startedAt = Date.now();
await fetch(`${url}/${encodeURIComponent(region)}/started`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version, at: startedAt }) }).catch(() => {});
console.log(`deploying ${version} to ${region}`);
await new Promise((r) => setTimeout(r, delay));
const res = await fetch(`${url}/${encodeURIComponent(region)}/deploy`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version }) });
if (!res.ok) {
  // As a real deploy tool does: its own words on stderr, its own exit code.
  const text = await res.text();
  let body = {};
  try { body = JSON.parse(text); } catch { /* not JSON: print it as it came */ }
  console.error(`ERROR: ${body.error ?? `fleet answered ${res.status} ${text}`}`);
  process.exit(Number.isInteger(body.exitCode) ? body.exitCode : 1);
}
console.log(`${region} now runs ${version}`);
