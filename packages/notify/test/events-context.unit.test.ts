import { describe, expect, it } from 'vitest';
import { createEvent, deploymentsLink, describeEvent, factsOf, linksOf, outcomeOf, runContextFromEnv, type EventInput, type NotifyEvent } from '../src/events.js';

const at = new Date('2026-03-01T00:00:00Z');
const ev = (over: Partial<EventInput> = {}): NotifyEvent => createEvent({ kind: 'stage-failed', service: 'api', ...over }, at);
const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('outcomeOf: the colour a message shows', () => {
  it.each([
    ['deploy-started', 'started'],
    ['stage-succeeded', 'succeeded'],
    ['pipeline-succeeded', 'succeeded'],
    ['rollback-started', 'rolled-back'],
    ['rollback-succeeded', 'rolled-back'],
    ['manual-approval-waiting', 'needs-person'],
    ['stage-failed', 'failed'],
  ] as const)('%s without an outcome shows %s', (kind, outcome) => {
    expect(outcomeOf({ kind })).toBe(outcome);
  });

  it('an outcome given wins over the kind', () => {
    expect(outcomeOf({ kind: 'stage-failed', outcome: 'rolled-back' })).toBe('rolled-back');
    expect(outcomeOf({ kind: 'pipeline-succeeded', outcome: 'failed' })).toBe('failed');
  });
});

describe('describeEvent: the first line', () => {
  it('title, cause on one line, then the states', () => {
    const e = ev({ version: 'v3', stage: 'canary', reason: 'ewr/http: 503\n   body degraded \n next', states: [{ target: 'ewr', runs: 'v3', note: 'rolling back to v1' }], others: { count: 4, label: 'healthy' } });
    expect(describeEvent(e)).toBe('P0 api v3: stage failed in canary — ewr/http: 503 body degraded next — now: ewr runs v3 (rolling back to v1); +4 healthy');
  });

  it('without a reason or states only the title', () => {
    expect(describeEvent(ev({ headline: 'rolled back, all clear', priority: 'P2' }))).toBe('P2 api: rolled back, all clear');
  });

  it('a target whose version is unknown shows only its note', () => {
    expect(describeEvent(ev({ priority: 'P1', states: [{ target: 'ewr', note: 'deploy failed: exit 7' }, { target: 'fra', runs: 'v1', note: 'untouched' }] }))).toBe('P1 api: stage failed — now: ewr (deploy failed: exit 7); fra runs v1 (untouched)');
  });

  it('a reason without newlines is kept as it is', () => {
    expect(describeEvent(ev({ reason: 'a  b', priority: 'P0' }))).toBe('P0 api: stage failed — a  b');
  });
});

describe('factsOf: the run context as facts', () => {
  it('repo, ref without refs/heads/, short commit and actor, after the event', () => {
    const e = ev({ priority: 'P0', version: 'v3', stage: 'canary', targets: ['ewr', 'fra'], context: { repository: 'acme/api', ref: 'refs/heads/main', sha: SHA, actor: 'octocat' } });
    expect(factsOf(e)).toEqual([
      { label: 'Service', value: 'api' },
      { label: 'Priority', value: 'P0' },
      { label: 'Version', value: 'v3' },
      { label: 'Stage', value: 'canary' },
      { label: 'Targets', value: 'ewr, fra' },
      { label: 'Event', value: 'stage-failed' },
      { label: 'Repo', value: 'acme/api' },
      { label: 'Ref', value: 'main' },
      { label: 'Commit', value: '0123456' },
      { label: 'Actor', value: 'octocat' },
    ]);
  });

  it('a tag ref loses refs/tags/, another ref is kept whole, and only the prefix is cut', () => {
    expect(factsOf(ev({ context: { ref: 'refs/tags/v1.2.0' } })).at(-1)).toEqual({ label: 'Ref', value: 'v1.2.0' });
    expect(factsOf(ev({ context: { ref: 'refs/pull/7/merge' } })).at(-1)).toEqual({ label: 'Ref', value: 'refs/pull/7/merge' });
    expect(factsOf(ev({ context: { ref: 'x/refs/heads/main' } })).at(-1)).toEqual({ label: 'Ref', value: 'x/refs/heads/main' });
  });

  it('each context fact appears alone when only it is known', () => {
    expect(factsOf(ev({ context: { sha: SHA } })).at(-1)).toEqual({ label: 'Commit', value: '0123456' });
    expect(factsOf(ev({ context: { actor: 'octocat' } })).at(-1)).toEqual({ label: 'Actor', value: 'octocat' });
    expect(factsOf(ev({ context: { repository: 'acme/api' } })).at(-1)).toEqual({ label: 'Repo', value: 'acme/api' });
  });

  it('no context: the facts end with the event kind; states replace the targets', () => {
    const facts = factsOf(ev({ targets: ['ewr'], states: [{ target: 'ewr', note: 'failed' }], context: {} }));
    expect(facts.map((f) => f.label)).toEqual(['Service', 'Priority', 'Event']);
  });
});

describe('linksOf: run, commit, repository, then deployments', () => {
  it('on github.com by default', () => {
    const e = ev({ runUrl: 'https://github.com/acme/api/actions/runs/1', links: [{ text: 'Deployments: prod', url: 'https://x/d' }], context: { repository: 'acme/api', sha: SHA } });
    expect(linksOf(e)).toEqual([
      { text: 'Workflow run', url: 'https://github.com/acme/api/actions/runs/1' },
      { text: 'Commit 0123456', url: `https://github.com/acme/api/commit/${SHA}` },
      { text: 'acme/api', url: 'https://github.com/acme/api' },
      { text: 'Deployments: prod', url: 'https://x/d' },
    ]);
  });

  it('a GHES server URL is used, trailing slashes removed', () => {
    expect(linksOf(ev({ context: { repository: 'acme/api', serverUrl: 'https://ghe.example.com//' } }))).toEqual([{ text: 'acme/api', url: 'https://ghe.example.com/acme/api' }]);
    expect(linksOf(ev({ context: { repository: 'acme/api', serverUrl: 'https://ghe.example.com/' } }))).toEqual([{ text: 'acme/api', url: 'https://ghe.example.com/acme/api' }]);
    expect(linksOf(ev({ context: { repository: 'acme/api', serverUrl: 'https://ghe.example.com/x/y' } }))).toEqual([{ text: 'acme/api', url: 'https://ghe.example.com/x/y/acme/api' }]);
  });

  it('a commit without a repository gives no commit link; nothing known, no links', () => {
    expect(linksOf(ev({ context: { sha: SHA } }))).toEqual([]);
    expect(linksOf(ev())).toEqual([]);
  });
});

describe('deploymentsLink', () => {
  it('links the environment page on the server, the name encoded', () => {
    expect(deploymentsLink({ repository: 'acme/api' }, 'prod eu')).toEqual({ text: 'Deployments: prod eu', url: 'https://github.com/acme/api/deployments/prod%20eu' });
    expect(deploymentsLink({ repository: 'acme/api', serverUrl: 'https://ghe.example.com//' }, 'prod')).toEqual({ text: 'Deployments: prod', url: 'https://ghe.example.com/acme/api/deployments/prod' });
    expect(deploymentsLink({ repository: 'acme/api', serverUrl: 'https://ghe.example.com/x/' }, 'prod')?.url).toBe('https://ghe.example.com/x/acme/api/deployments/prod');
  });

  it('no repository, no link', () => {
    expect(deploymentsLink(undefined, 'prod')).toBeUndefined();
    expect(deploymentsLink({ serverUrl: 'https://ghe.example.com' }, 'prod')).toBeUndefined();
  });
});

describe('runContextFromEnv', () => {
  it('reads the GITHUB_* variables, trimmed', () => {
    expect(runContextFromEnv({ GITHUB_REPOSITORY: ' acme/api ', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA, GITHUB_ACTOR: 'octocat', GITHUB_SERVER_URL: 'https://ghe.example.com', OTHER: 'x' })).toEqual({
      repository: 'acme/api', ref: 'refs/heads/main', sha: SHA, actor: 'octocat', serverUrl: 'https://ghe.example.com',
    });
  });

  it('leaves out what is unset or blank', () => {
    expect(Object.keys(runContextFromEnv({ GITHUB_REPOSITORY: '   ', GITHUB_ACTOR: '', GITHUB_SHA: SHA }))).toEqual(['sha']);
    expect(Object.keys(runContextFromEnv({}))).toEqual([]);
  });
});
