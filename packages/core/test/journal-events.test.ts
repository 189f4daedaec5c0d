import { describe, expect, it } from 'vitest';
import { describeEventProblem, describeTargetEvents, isJournalOf, journalArtifactName, readEventBase } from '../src/index.js';

describe('journal events and artifact names', () => {
  const base = readEventBase({ GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'gate full', GITHUB_ACTOR: 'octocat', GITHUB_SHA: 'abc' });

  it('reads the run, job, actor and sha from the runner environment, leaving out what is absent', () => {
    expect(base).toEqual({ run: { id: '77', attempt: 2 }, job: 'gate full', actor: 'octocat', sha: 'abc' });
    expect(readEventBase({})).toEqual({ run: { id: 'local', attempt: 1 } });
  });

  it('names a journal <prefix>-<run>-<attempt>-<job>, the job made name-safe', () => {
    expect(journalArtifactName('stagegate-journal', base)).toBe('stagegate-journal-77-2-gate_full');
  });

  it('recognises the journals of a run up to an attempt, numbered siblings included', () => {
    expect(isJournalOf('stagegate-journal-77-2-canary', 'stagegate-journal', '77', 2)).toBe(true);
    expect(isJournalOf('stagegate-journal-77-1-canary-2', 'stagegate-journal', '77', 2)).toBe(true);
    expect(isJournalOf('stagegate-journal-77-3-canary', 'stagegate-journal', '77', 2)).toBe(false);
    expect(isJournalOf('stagegate-journal-771-1-canary', 'stagegate-journal', '77', 2)).toBe(false);
    expect(isJournalOf('stagegate-history-77-1', 'stagegate-journal', '77', 2)).toBe(false);
    expect(isJournalOf('stagegate-journal-77-1', 'stagegate-journal', '77', 2)).toBe(false);
  });

  it('makes one valid event per target, keeping the deployment id and leaving out absent fields', () => {
    const events = describeTargetEvents(base, 'deploy-finished', 'canary', [
      { target: 'lhr', toVersion: 'v2', state: 'succeeded', reason: 'exit 0', deploymentId: 12 },
      { target: 'nrt', toVersion: undefined, state: 'error', reason: 'no token', deploymentId: undefined },
    ], '2026-05-01T10:00:00Z');
    expect(events[0]).toEqual({ time: '2026-05-01T10:00:00Z', ...base, kind: 'deploy-finished', stage: 'canary', target: 'lhr', version: 'v2', verdict: 'succeeded', detail: 'exit 0', deploymentId: 12 });
    expect(events[1]).not.toHaveProperty('version');
    expect(events[1]).not.toHaveProperty('deploymentId');
    expect(events.map(describeEventProblem)).toEqual([undefined, undefined]);
  });

  it('refuses an event whose new fields have the wrong type', () => {
    const ok = { time: '2026-05-01T10:00:00Z', run: { id: '1', attempt: 1 }, kind: 'notification' };
    expect(describeEventProblem({ ...ok, job: 3 })).toBe('expected "job" as a string');
    expect(describeEventProblem({ ...ok, sha: null })).toBe('expected "sha" as a string');
    expect(describeEventProblem({ ...ok, deploymentId: '12' })).toBe('expected "deploymentId" as an integer');
  });
});
