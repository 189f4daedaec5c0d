import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal, type ArtifactUpload } from '../src/journal.js';

function env(extra: Record<string, string> = {}): Record<string, string> {
  const temp = mkdtempSync(join(tmpdir(), 'journal-test-'));
  return { RUNNER_TEMP: temp, GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'canary', GITHUB_ACTOR: 'octocat', GITHUB_SHA: 'abc', ACTIONS_RUNTIME_TOKEN: 'x', ...extra };
}

/** A log that keeps what it was told. */
function log() {
  const lines = { info: [] as string[], warning: [] as string[] };
  return { lines, info: (m: string) => lines.info.push(m), warning: (m: string) => lines.warning.push(m) };
}

describe('a step journal', () => {
  it('appends to the job history file and uploads journal.jsonl with the step files, taking the next name when one is taken', async () => {
    const e = env();
    const samples = join(e.RUNNER_TEMP as string, 'samples.json');
    writeFileSync(samples, '{}');
    const taken = new Set(['stagegate-journal-9-1-canary']);
    const uploaded: Array<{ name: string; files: string[] }> = [];
    const upload: ArtifactUpload = async (name, files) => {
      if (taken.has(name)) throw new Error(`Failed request: (409) Conflict: an artifact with this name already exists on the workflow run: ${name}`);
      uploaded.push({ name, files: files.map((f) => f.split('/').pop() as string) });
      return 1;
    };
    const j = openJournal(e, '');
    j.record({ kind: 'notification', verdict: 'delivered' });
    const l = log();
    expect(await j.finish([samples, join(e.RUNNER_TEMP as string, 'missing.jsonl')], l, upload)).toEqual({ artifactName: 'stagegate-journal-9-1-canary-2' });
    expect(uploaded).toEqual([{ name: 'stagegate-journal-9-1-canary-2', files: ['journal.jsonl', 'samples.json'] }]);
    const line = JSON.parse(readFileSync(join(e.RUNNER_TEMP as string, 'stagegate', 'history.jsonl'), 'utf8'));
    expect(line).toMatchObject({ run: { id: '9', attempt: 1 }, job: 'canary', actor: 'octocat', sha: 'abc', kind: 'notification' });
    expect(l.lines.warning).toEqual([]);
  });

  it('turns a failed upload into a warning, names a bad prefix, and skips quietly without the runtime token', async () => {
    const j = openJournal(env(), 'bad prefix!');
    j.record({ kind: 'notification' });
    const l = log();
    const result = await j.finish([], l, async () => { throw new Error('Failed request: (503) Service Unavailable'); });
    expect(result.skipped).toMatch(/^journal not uploaded: artifact stagegate-journal-9-1-canary failed: Failed request: \(503\)/);
    expect(l.lines.warning[0]).toContain('input journal-prefix: expected letters, digits, . _ -; got "bad prefix!"');
    expect(l.lines.warning[1]).toBe(result.skipped);

    const quiet = log();
    const noToken = env();
    delete noToken.ACTIONS_RUNTIME_TOKEN;
    expect((await openJournal(noToken, 'x').finish([], quiet)).skipped).toMatch(/no ACTIONS_RUNTIME_TOKEN/);
    expect(quiet.lines.warning).toEqual([]);
  });
});
