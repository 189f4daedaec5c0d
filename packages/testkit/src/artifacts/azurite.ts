/**
 * Azurite, Microsoft's Azure Storage emulator, as the blob store behind the
 * fake artifact service: @actions/artifact uploads and downloads through real
 * Azure Blob requests, signed with Azurite's published development key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { REPO_ROOT } from '../action-runner.js';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
/** Azurite's well-known development key. */
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running Azurite blob service. */
export interface Azurite {
  /** e.g. http://127.0.0.1:PORT/devstoreaccount1 */
  accountUrl: string;
  credential: StorageSharedKeyCredential;
  /** Creates a container (idempotent). */
  createContainer(name: string): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, deadlineMs: number): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`azurite-blob exited with ${child.exitCode} before listening`);
    const open = await new Promise<boolean>((ok) => {
      const socket = connect(port, '127.0.0.1', () => { socket.destroy(); ok(true); });
      socket.on('error', () => ok(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`azurite-blob did not listen on 127.0.0.1:${port} within ${deadlineMs}ms`);
}

/**
 * Starts azurite-blob on a free loopback port, in memory, with telemetry off
 * (without --disableTelemetry it calls a host on the internet).
 */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const main = join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(process.execPath, [main, '--blobHost', '127.0.0.1', '--blobPort', String(port),
    // In memory: --location is refused with it, and nothing is left on disk.
    '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForPort(port, child, 20_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
  const accountUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const service = new BlobServiceClient(accountUrl, credential);
  return {
    accountUrl,
    credential,
    createContainer: async (name) => { await service.getContainerClient(name).createIfNotExists(); },
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(3000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}
