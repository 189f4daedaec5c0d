import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import { JOURNAL_FILE } from '@stagegate/action-kit';
import { isJournalOf } from '@stagegate/core';
import type { HistoryArtifacts } from './record.js';

/** Where the artifacts live and how to read other runs' ones. */
export interface ArtifactAccess {
  owner: string;
  repo: string;
  /** This run's id: its own artifacts are listed through the results service. */
  runId: string;
  /** Token with actions: read, for artifacts of other runs (REST API). */
  token: string;
  workDir: string;
}

/** The attempt number in `<prefix>-<run>-<attempt>`, or undefined when the name is not ours. */
export function attemptOf(name: string, prefix: string, runId: string): number | undefined {
  const m = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${runId}-(\\d+)$`).exec(name);
  return m ? Number(m[1]) : undefined;
}

/** HistoryArtifacts over @actions/artifact: uploads through the results service, reads other runs through the REST API. */
export function createArtifactHistory(access: ArtifactAccess): HistoryArtifacts {
  // @actions/artifact and the Azure SDK it brings are most of this bundle: loaded (as a
  // separate chunk) only when something is uploaded or downloaded, not on every start.
  let loading: Promise<ArtifactClient> | undefined;
  const artifactClient = (): Promise<ArtifactClient> => (loading ??= import('@actions/artifact').then((m) => new m.DefaultArtifactClient()));
  return {
    async upload(name, files, retentionDays) {
      const res = await (await artifactClient()).uploadArtifact(name, files, join(files[0] ?? '.', '..'), retentionDays ? { retentionDays } : {});
      if (res.id === undefined) throw new Error(`the artifact service did not return an id for ${name}`);
      return res.id;
    },
    async downloadHistory(runId, prefix, beforeAttempt) {
      const findBy = runId === access.runId ? undefined : { token: access.token, workflowRunId: Number(runId), repositoryOwner: access.owner, repositoryName: access.repo };
      const client = await artifactClient();
      const { artifacts } = await client.listArtifacts(findBy ? { findBy } : {});
      const ours = artifacts
        .map((a) => ({ a, attempt: attemptOf(a.name, prefix, runId) }))
        .filter((x): x is { a: typeof x.a; attempt: number } => x.attempt !== undefined && (beforeAttempt === undefined || x.attempt < beforeAttempt))
        .sort((x, y) => y.attempt - x.attempt);
      const newest = ours[0];
      if (!newest) return undefined;
      const dir = await mkdtemp(join(access.workDir || tmpdir(), 'history-'));
      await client.downloadArtifact(newest.a.id, findBy ? { path: dir, findBy } : { path: dir });
      const files = await readdir(dir);
      if (!files.includes('history.jsonl')) throw new Error(`artifact ${newest.a.name} holds no history.jsonl (found ${files.join(', ') || 'nothing'})`);
      return readFile(join(dir, 'history.jsonl'), 'utf8');
    },
    async downloadJournals(prefix, attempt) {
      const client = await artifactClient();
      const { artifacts } = await client.listArtifacts({});
      const journals = artifacts.filter((a) => isJournalOf(a.name, prefix, access.runId, attempt));
      // A journal is a few kB: fetch them side by side.
      return Promise.all(journals.map(async (a) => {
        const dir = await mkdtemp(join(access.workDir || tmpdir(), 'journal-'));
        await client.downloadArtifact(a.id, { path: dir });
        const text = await readFile(join(dir, JOURNAL_FILE), 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new Error(`artifact ${a.name} holds no ${JOURNAL_FILE} (${e.code ?? e.message})`);
        });
        return { name: a.name, text };
      }));
    },
  };
}
