import { escapeCell, markdownTable } from '@stagegate/action-kit';
import { describeShardFailures, type Plan } from '@stagegate/core';
import { renderOutcomeTable } from '@stagegate/deployer';
import type { JoinReport } from './join-stage.js';

/** What the join's headline and summary are made of. */
export interface JoinFacts {
  plan: Plan;
  stage: string;
  version: string;
  shardSize: number;
  report: JoinReport;
}

const ICON: Record<JoinReport['result'], string> = { next: '✅', continue: '⚠️', paused: '⏸️', cancelled: '⏹️', 'rolled-back': '↩️', failed: '❌' };

/** Versions live now, grouped, a few names each: `v2 on 11 targets (w1, w2, w3, w4, w5, …); unknown on w9`. */
export function describeLive(live: ReadonlyMap<string, string | undefined>, names = 5): string {
  const groups = new Map<string, string[]>();
  for (const [target, version] of live) groups.set(version ?? 'unknown', [...(groups.get(version ?? 'unknown') ?? []), target]);
  const show = (ts: string[]): string => (ts.length === 1 ? ts[0] as string : `${ts.length} targets (${ts.slice(0, names).join(', ')}${ts.length > names ? ', …' : ''})`);
  return [...groups].map(([v, ts]) => `${v} on ${show(ts)}`).join('; ') || 'nothing changed';
}

/** What each target of the stage (and each rolled-back one) runs now, as far as the join knows. */
function liveNow(f: JoinFacts): Map<string, string | undefined> {
  const live = new Map<string, string | undefined>();
  for (const j of f.report.judged) {
    if (j.state === 'missing') continue;
    live.set(j.target, j.state === 'succeeded' || j.state === 'blamed' ? f.version : undefined);
  }
  for (const t of f.report.rollback?.targets ?? []) live.set(t.target, t.state === 'succeeded' || t.state === 'skipped' ? t.toVersion : undefined);
  return live;
}

/** The cause: which shard and target failed and what its record says. */
export function describeJoinCause(r: JoinReport): string {
  return r.failures.length ? describeShardFailures(r.failures) : (r.unexplained ?? 'no shard recorded a failure');
}

/** The first line: outcome, cause (shard, target, observation), what production runs now. */
export function describeJoinHeadline(f: JoinFacts): string {
  const r = f.report;
  const who = `${f.plan.service} ${f.version}`;
  const where = `stage ${f.stage} (${r.outcome.touchedTargets.length} of ${r.judged.length} targets deployed, ${r.shards} shard${r.shards === 1 ? '' : 's'})`;
  const live = liveNow(f);
  const now = live.size ? `Production runs ${describeLive(live)}.` : 'Production is unchanged.';
  if (r.result === 'next') return `${who} passed ${where}. ${now}`;
  const policy = f.plan.stages.find((s) => s.name === f.stage)?.['on-failure'];
  const outcome: Record<Exclude<JoinReport['result'], 'next'>, string> = {
    continue: `partially failed on ${where}, going on (on-failure: continue)`,
    paused: `paused on ${where}`,
    cancelled: `cancelled on ${where}`,
    'rolled-back': `rolled back (${policy}) after ${where}`,
    failed: r.rollback ? `failed on ${where}, and its rollback failed on ${r.rollback.targets.filter((t) => !['succeeded', 'skipped'].includes(t.state)).map((t) => `${t.target}: ${t.reason}`).join('; ')}` : `failed on ${where}; nothing of this run was deployed, so nothing was rolled back`,
  };
  return `${who} ${outcome[r.result]}: ${describeJoinCause(r)}. ${now}`;
}

/** The next step for the person on call, as ready commands. */
export function describeJoinNextStep(f: JoinFacts): string[] {
  const r = f.report;
  const live = [...liveNow(f)].filter(([, v]) => v === f.version).map(([t]) => t);
  const rollback = `roll back: \`gh workflow run rollback.yml -f targets=${live.join(',')} -f reason="…"\``;
  switch (r.result) {
    case 'next': return [r.nextStage ? `stage ${r.nextStage} starts` : 'the rollout is complete'];
    case 'continue': return [`${r.nextStage ? `stage ${r.nextStage} starts` : 'the rollout ends'}; fix ${r.outcome.failedTargets.join(', ')} and re-run their shard jobs`];
    case 'paused':
    case 'cancelled': return [`${f.version} stays live on ${live.length} target(s); a person decides: re-run the failed shard jobs ("Re-run failed jobs") to deploy and gate them again`, ...(live.length ? [rollback] : [])];
    case 'rolled-back': return [`deploy a fixed version; if the cause was outside ${f.version}, fix it and re-run the workflow`];
    case 'failed': return [`check the targets whose rollback failed (above); ${live.length ? rollback : 'roll back with the rollback workflow'}`];
  }
}

/** The step summary: headline first, the next step, the failed targets by shard, the rollback. */
export function renderJoinSummary(f: JoinFacts): string {
  const r = f.report;
  const rows = r.failures.map((x) => [x.shard, x.target, x.state, x.reason]);
  return [
    `### ${ICON[r.result]} ${escapeCell(describeJoinHeadline(f))}`, '',
    '**Next step**', '', ...describeJoinNextStep(f).map((n) => `- ${n}`), '',
    `Decision: **${r.decision.kind === 'rollback' ? `rollback-${r.decision.scope}` : r.decision.kind}** (deploy ${r.outcome.deploy}, gate ${r.outcome.gate}); ${r.shards} shard(s) of up to ${f.shardSize} targets; read ${r.reads.pages} list page(s) and ${r.reads.statuses} status list(s).`, '',
    ...(rows.length ? ['#### Failed targets', '', markdownTable(['shard', 'target', 'state', 'why'], rows), ''] : []),
    ...(r.rollback ? ['#### Rollback', '', renderOutcomeTable(r.rollback.targets), ''] : []),
    ...(r.unrecorded.length ? ['#### Not recorded', '', ...r.unrecorded.map((u) => `- ${escapeCell(`${u.target}: ${u.what}: ${u.cause}`)}`), ''] : []),
  ].join('\n');
}
