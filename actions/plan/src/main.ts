import * as core from '@actions/core';
import { parseIntegerInput, runMain } from '@stagegate/action-kit';
import { DEFAULT_SHARD_SIZE, describeShardMatrix, findStage, shardTargets } from '@stagegate/core';

/**
 * The I/O shell of plan: inputs → shardTargets → the matrix output. It reads
 * the plan only: no token, no GitHub request, so a plan job costs nothing of
 * the rollout's request budget.
 */
export async function main(): Promise<void> {
  await runMain(run, core);
}

async function run(): Promise<void> {
  const stageName = core.getInput('stage', { required: true }).trim();
  const size = parseIntegerInput('shard-size', core.getInput('shard-size'), DEFAULT_SHARD_SIZE, { min: 1 });
  // Loaded once the inputs are known good: the plan parser (zod, yaml) is most of the start-up.
  const { loadPlanInput } = await import('@stagegate/action-kit');
  // The checkout alone: reading a plan needs no repository or token.
  const plan = loadPlanInput(core.getInput('plan'), process.env.GITHUB_WORKSPACE || process.cwd());
  const stage = findStage(plan, stageName);
  const shards = shardTargets(stage.targets, size);
  core.setOutput('matrix', JSON.stringify(describeShardMatrix(shards)));
  core.setOutput('shards', String(shards.length));
  core.setOutput('targets', String(stage.targets.length));
  const sizes = [...new Set(shards.map((s) => s.targets.length))].sort((a, b) => b - a).join(' or ');
  const line = `stage ${stage.name} of ${plan.service}: ${stage.targets.length} targets in ${shards.length} shard${shards.length === 1 ? '' : 's'} of ${sizes} (shard-size ${size})`;
  core.info(line);
  await core.summary.addRaw(`### 🧩 ${line}\n\n${shards.map((s) => `- shard ${s.label}: ${s.targets[0]} … ${s.targets.at(-1)} (${s.targets.length})`).join('\n')}\n`, true).write();
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };
