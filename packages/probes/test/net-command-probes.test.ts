import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Check } from '@stagegate/core';
import { runProbe } from '@stagegate/probes';

const probe = (def: Record<string, unknown>) => runProbe(Check.parse({ name: 'c', timeout: '2s', ...def }), { target: 'lhr', signal: new AbortController().signal, cwd: process.cwd() });

describe('dns probe', () => {
  it('passes a name that resolves, optionally to the expected addresses', async () => {
    expect(await probe({ type: 'dns', host: 'localhost', family: 'ipv4', 'expect-addresses': ['127.0.0.1'] })).toMatchObject({ status: 'pass', value: 1 });
    const wrong = await probe({ type: 'dns', host: 'localhost', family: 'ipv4', 'expect-addresses': ['10.9.9.9'] });
    expect(wrong.status).toBe('fail');
    expect(wrong.message).toMatch(/not 10\.9\.9\.9/);
  });

  it('fails a name that does not resolve', async () => {
    const r = await probe({ type: 'dns', host: 'lhr.stagegate-test.invalid' });
    expect(r).toMatchObject({ status: 'fail', value: 0 });
    expect(r.message).toMatch(/does not resolve \(ENOTFOUND\)/);
  });
});

describe('tcp probe', () => {
  it('passes when something listens and fails when the port is closed', async () => {
    const server = createServer((s) => s.end());
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    expect((await probe({ type: 'tcp', host: '127.0.0.1', port })).status).toBe('pass');
    await new Promise((ok) => server.close(ok));
    const closed = await probe({ type: 'tcp', host: '127.0.0.1', port });
    expect(closed).toMatchObject({ status: 'fail', message: `127.0.0.1:${port} ECONNREFUSED` });
  });
});

describe('command probe', () => {
  it('passes on exit 0 and captures output; argv elements reach the program untouched', async () => {
    const r = await probe({ type: 'command', run: [process.execPath, '-e', 'console.log(process.argv[1])', '$(touch /tmp/x); rm -rf ~'] });
    expect(r).toMatchObject({ status: 'pass', value: 0, output: '$(touch /tmp/x); rm -rf ~\n' });
  });

  it('fails on a non-zero exit with the last line of output', async () => {
    const r = await probe({ type: 'command', run: [process.execPath, '-e', 'console.error("replica lag 40s"); process.exit(3)'] });
    expect(r).toMatchObject({ status: 'fail', value: 3, message: 'exit 3: replica lag 40s' });
  });

  it('a program that cannot start, or runs past the timeout, is an error', async () => {
    expect((await probe({ type: 'command', run: ['./no-such-program-here'] })).message).toMatch(/ENOENT/);
    const slow = await probe({ type: 'command', run: [process.execPath, '-e', 'setTimeout(() => {}, 5000)'], timeout: '150ms' });
    expect(slow).toMatchObject({ status: 'error', message: 'command: no exit within 150ms (process group killed)' });
    expect(slow.latencyMs).toBeLessThan(2000);
  });
});
