import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/stagegate-fake-github.js', import.meta.url));

describe('stagegate-fake-github CLI', () => {
  it('prints its URL, serves requests and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /^stagegate fake GitHub API listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
      });
      const res = await fetch(`${url}/repos/acme/trading-api`, { headers: { authorization: 'token t' } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { full_name: string }).full_name).toBe('acme/trading-api');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
