import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { describeFreezeChange, freezeEnvironmentsOf } from '@stagegate/core';
import { applyFreeze, createGitHubClient, DeploymentStore, explainGitHubError, type GitHubClient } from '@stagegate/github';
import { LocalDeploymentStore } from '@stagegate/local-store';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../io.js';
import { DEFAULT_PLAN, readPlanFile } from './plan-file.js';
import { apiUrlOf, stateDirOf, tokenFrom } from './repository.js';
import { runLogUrl } from './run-target.js';

/**
 * `stagegate freeze` / `stagegate thaw`: the hard stop. A freeze is a record
 * in the Deployments API (`<prefix>freeze`, e.g. production/freeze), so every
 * workflow's rollout sees it before its next stage and stops there (result
 * frozen, a P0). Rollbacks still run during a freeze.
 */

const USAGE_TAIL = '[--plan .github/rollout.yml | --environment production/freeze] [--repo owner/name] [--ref SHA] [--actor NAME] [--state-dir .stagegate]';
const SPEC = { values: ['reason', 'plan', 'environment', 'repo', 'ref', 'actor', 'state-dir'] };

/** `stagegate freeze --reason "…"`: stop every rollout before its next stage. */
export const freezeCommand: CliCommand = {
  summary: 'hard stop: every rollout stops before its next stage until thawed (rollbacks still run)',
  usage: `stagegate freeze --reason "…" ${USAGE_TAIL}`,
  run: (args, io) => setFreeze(true, args, io),
};

/** `stagegate thaw [--reason "…"]`: lift the freeze; the next run proceeds. */
export const thawCommand: CliCommand = {
  summary: 'lift a freeze: rollouts may start stages again',
  usage: `stagegate thaw [--reason "…"] ${USAGE_TAIL}`,
  run: (args, io) => setFreeze(false, args, io),
};

async function setFreeze(frozen: boolean, args: string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, SPEC);
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}; give the reason with --reason "…"`);
  const str = (name: string): string | undefined => (typeof options[name] === 'string' ? (options[name] as string).trim() || undefined : undefined);
  const reason = str('reason') ?? '';
  if (frozen && !reason) throw new UsageError('--reason is required: say why (it goes into every stopped rollout\'s P0 message), e.g. --reason "incident 42: payments down"');
  const environments = environmentsOf(str('environment'), str('plan'), io);
  const actor = str('actor') ?? io.env.GITHUB_ACTOR ?? io.env.USER ?? safeUser();
  const target = await openFreezeStore(io, str('repo'), str('ref'), options['state-dir']);
  let wrote = false;
  try {
    const changes = await applyFreeze(target.store, { environments, frozen, reason, actor, ref: target.ref, logUrl: runLogUrl(io.env) || undefined });
    for (const c of changes) io.stdout.write(`${describeFreezeChange(c, { frozen, actor, reason })} in ${target.where}\n`);
    wrote = changes.some((c) => c.deploymentId !== undefined);
  } finally {
    target.close();
  }
  if (!wrote) return 0;
  io.stdout.write(frozen
    ? 'every rollout of these environments stops before its next stage (result frozen, a P0 hard stop); what is deployed stays; rollbacks still run. Lift it with `stagegate thaw`\n'
    : 'rollouts may start stages again: re-run a stopped one with its start-at\n');
  return 0;
}

/** --environment, else every freeze environment of the plan (--plan, or .github/rollout.yml when present), else production/freeze. */
function environmentsOf(environment: string | undefined, planFile: string | undefined, io: CliIo): string[] {
  if (environment) {
    if (!/^[^{}\s][^{}]*freeze$/.test(environment)) throw new UsageError(`--environment: expected a freeze environment ending in "freeze" such as production/freeze; got ${JSON.stringify(environment)}`);
    return [environment];
  }
  if (!planFile && !existsSync(resolve(io.cwd, DEFAULT_PLAN))) return ['production/freeze'];
  return freezeEnvironmentsOf(readPlanFile(io.cwd, planFile ?? DEFAULT_PLAN));
}

/** GitHub with a token (the record on --ref, GITHUB_SHA or the default branch); else the local state, locked while writing. */
async function openFreezeStore(io: CliIo, repoOption: string | undefined, refOption: string | undefined, stateDir: string | boolean | undefined): Promise<{ store: DeploymentStore; ref: string; where: string; close(): void }> {
  const token = tokenFrom(io.env);
  if (!token) {
    const store = LocalDeploymentStore.open({ dir: stateDirOf(stateDir, io), repo: { owner: 'local', repo: 'local' } });
    return { store, ref: refOption ?? 'local', where: 'the local state', close: () => store.close() };
  }
  const name = (repoOption ?? io.env.GITHUB_REPOSITORY ?? '').trim();
  const [owner, repo, extra] = name.split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError(`--repo: with GITHUB_TOKEN set, expected the repository as owner/name (or GITHUB_REPOSITORY); got ${JSON.stringify(name)}`);
  const client = createGitHubClient({ token, baseUrl: apiUrlOf(io.env), retries: 2, onWait: (m) => io.stderr.write(`${m}\n`) });
  const ref = refOption ?? io.env.GITHUB_SHA ?? (await defaultBranch(client, owner, repo));
  return { store: new DeploymentStore(client, { owner, repo }), ref, where: name, close: () => undefined };
}

/** A freeze is not a deploy of any commit, but GitHub records every deployment on a ref it knows. */
async function defaultBranch(client: GitHubClient, owner: string, repo: string): Promise<string> {
  try {
    const res = await client.request('GET /repos/{owner}/{repo}', { owner, repo });
    return (res.data as { default_branch: string }).default_branch;
  } catch (e) {
    throw explainGitHubError(e, `reading the default branch of ${owner}/${repo} (or give --ref)`, 'contents: read');
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
