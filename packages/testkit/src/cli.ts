/**
 * `stagegate-fake-github --port 0 [--host 127.0.0.1] [--owner acme --repo trading-api]`:
 * serves the fake GitHub API until SIGINT/SIGTERM, for demos and manual runs of the
 * actions (point GITHUB_API_URL at the printed URL).
 */
import { startFakeGitHub } from './fake-github.js';

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Starts the fake and prints one line with its URL (easy to grep from a script). */
export async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: stagegate-fake-github [--port 0] [--host 127.0.0.1] [--owner acme] [--repo trading-api]\n');
    return;
  }
  const port = Number(flag(args, 'port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${flag(args, 'port')}`);
  const owner = flag(args, 'owner');
  const repo = flag(args, 'repo');
  const fake = await startFakeGitHub({
    port, host: flag(args, 'host') ?? '127.0.0.1', ...(owner ? { owner } : {}), ...(repo ? { repo } : {}),
  });
  process.stdout.write(`stagegate fake GitHub API listening on ${fake.url}\n`);
  const stop = (): void => {
    void fake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
