import * as core from '@actions/core';
import { markdownTable, readRunContext, runMain } from '@stagegate/action-kit';
import { ConfigError, describeFreezeChange, freezeEnvironmentsOf, type FreezeChange, type Plan } from '@stagegate/core';

/** The I/O shell of the freeze action: inputs → applyFreeze → outputs and summary. */
export async function main(): Promise<void> {
  await runMain(run, core);
}

async function run(): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const mode = core.getInput('mode', { required: true }).trim();
  if (mode !== 'freeze' && mode !== 'thaw') throw new ConfigError([{ path: 'input mode', message: `expected freeze or thaw; got ${JSON.stringify(mode)}` }]);
  const frozen = mode === 'freeze';
  const reason = core.getInput('reason').trim();
  if (frozen && !reason) throw new ConfigError([{ path: 'input reason', message: 'expected a reason to freeze: it leads every stopped rollout\'s P0 message (e.g. "incident 42: payments down")' }]);
  if (!token) throw new ConfigError([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
  const ctx = readRunContext(process.env, core.getInput('repository').trim() || undefined);
  // Loaded once the inputs are known good: a step that fails on its inputs starts without octokit.
  const [{ applyFreeze, createGitHubClient, DeploymentStore }, { loadPlanInput }] = await Promise.all([import('@stagegate/github'), import('@stagegate/action-kit')]);
  const environments = environmentsFrom(core.getInput('environment').trim(), core.getInput('plan'), ctx.workspace, loadPlanInput);
  const store = new DeploymentStore(createGitHubClient({ token, baseUrl: ctx.apiUrl, onWait: core.info }), { owner: ctx.owner, repo: ctx.repo });
  const actor = ctx.actor || 'a workflow';
  const changes = await applyFreeze(store, { environments, frozen, reason, actor, ref: ctx.sha, logUrl: ctx.runUrl || undefined });
  const lines = changes.map((c) => describeFreezeChange(c, { frozen, actor, reason }));
  for (const line of lines) core.info(line);
  core.setOutput('state', frozen ? 'frozen' : 'thawed');
  core.setOutput('environments', JSON.stringify(environments));
  core.setOutput('deployment-ids', JSON.stringify(Object.fromEntries(changes.filter((c) => c.deploymentId !== undefined).map((c) => [c.environment, c.deploymentId]))));
  const next = frozen
    ? 'Every rollout of these environments stops before its next stage (result frozen, a P0 hard stop); what is deployed stays; rollbacks still run. Lift it with this action and mode: thaw.'
    : 'Rollouts may start stages again: re-run a stopped one with start-at set to the stage it stopped before.';
  await core.summary.addRaw(`### ${frozen ? '🧊 Frozen' : '✅ Thawed'}: ${lines.join('; ')}\n\n${next}\n\n${renderChanges(changes)}`, true).write();
}

/** Each environment before and after, so a reviewer sees whose freeze was replaced or lifted. */
function renderChanges(changes: readonly FreezeChange[]): string {
  const state = (s: FreezeChange['before']): string => (s ? `${s.frozen ? 'frozen' : 'thawed'} by ${s.actor} at ${s.at}${s.reason ? `: ${s.reason}` : ''}` : 'never frozen');
  return markdownTable(['environment', 'before', 'record written'], changes.map((c) => [c.environment, state(c.before), c.deploymentId === undefined ? 'none' : `deployment ${c.deploymentId}`]));
}

/** The environment input, else every freeze environment of the plan (production/{target} → production/freeze). */
function environmentsFrom(environment: string, planInput: string, workspace: string, loadPlanInput: (value: string, workspace: string) => Plan): string[] {
  if (environment) {
    if (!/^[^{}\s][^{}]*freeze$/.test(environment)) throw new ConfigError([{ path: 'input environment', message: `expected a freeze environment ending in "freeze" such as production/freeze; got ${JSON.stringify(environment)}` }]);
    return [environment];
  }
  return freezeEnvironmentsOf(loadPlanInput(planInput, workspace));
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };
