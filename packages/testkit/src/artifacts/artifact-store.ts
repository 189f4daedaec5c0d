/**
 * The artifacts of the fake: what the results service (twirp) writes and the
 * REST routes read. Kept per FakeState so one fake's runs never see another's.
 */
import { BlobSASPermissions, generateBlobSASQueryParameters, type StorageSharedKeyCredential } from '@azure/storage-blob';
import type { FakeState } from '../fake-state.js';

/** One workflow run the results service knows, by its backend id. */
export interface FakeRun {
  runId: number;
  attempt: number;
  owner: string;
  repo: string;
  headSha: string;
  runBackendId: string;
  jobBackendId: string;
}

/** One artifact, pending until finalized. */
export interface FakeArtifact {
  id: number;
  name: string;
  run: FakeRun;
  blobName: string;
  mimeType: string;
  size: number;
  digest: string | null;
  finalized: boolean;
  createdAt: string;
  expiresAt: string;
}

/** Where blobs live: an Azurite account and a container. */
export interface BlobLocation {
  accountUrl: string;
  container: string;
  credential: StorageSharedKeyCredential;
}

/** Runs and artifacts of one fake. */
export class ArtifactStore {
  readonly runs = new Map<string, FakeRun>();
  readonly artifacts: FakeArtifact[] = [];
  blob: BlobLocation | undefined;

  /** The run a backend id belongs to. */
  runByBackendId(runBackendId: string): FakeRun | undefined {
    return this.runs.get(runBackendId);
  }

  /** Finalized, unexpired-or-not artifacts of a repository, oldest first. */
  listFor(owner: string, repo: string, filter: { runId?: number; name?: string } = {}): FakeArtifact[] {
    return this.artifacts.filter((a) => a.finalized && a.run.owner.toLowerCase() === owner.toLowerCase() && a.run.repo.toLowerCase() === repo.toLowerCase()
      && (filter.runId === undefined || a.run.runId === filter.runId) && (filter.name === undefined || a.name === filter.name));
  }

  /** A SAS URL to one blob, valid for an hour (read, or create+write for uploads). */
  signedUrl(blobName: string, permissions: 'r' | 'cw'): string {
    if (!this.blob) throw new Error('no blob storage: start the artifact service (startArtifactService) first');
    const { accountUrl, container, credential } = this.blob;
    const sas = generateBlobSASQueryParameters({
      containerName: container, blobName, permissions: BlobSASPermissions.parse(permissions),
      startsOn: new Date(Date.now() - 60_000), expiresOn: new Date(Date.now() + 3_600_000),
    }, credential).toString();
    return `${accountUrl}/${container}/${blobName.split('/').map(encodeURIComponent).join('/')}?${sas}`;
  }
}

const stores = new WeakMap<FakeState, ArtifactStore>();

/** The artifact store of a fake, created on first use. */
export function artifactStoreOf(state: FakeState): ArtifactStore {
  let store = stores.get(state);
  if (!store) stores.set(state, (store = new ArtifactStore()));
  return store;
}
