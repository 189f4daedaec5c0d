import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGitHubClient, DeploymentStore, readStatus } from '@stagegate/github';
import { parseArgs, type CliCommand, type CliIo } from '../io.js';
import { textTable } from './status.js';
import { DEMO_REGIONS, demoRunEnv, runActionBundle, startDemoWorld, type DemoWorld } from '@stagegate/testkit';

/**
 * `stagegate demo`: two rollouts of the seeds' plan on a loopback fleet, through the built bundles.
 * Needs the testkit (fake GitHub, fleet): only the clone's entry (bin/stagegate-dev.js) has it,
 * never the published bundle.
 */
export const demoCommand: CliCommand = {
  summary: 'roll out v2 and a broken v3 on a loopback fleet of seven regions, through the real action bundles',
  usage: 'stagegate demo [--out DIR] [--keep]   (--out: where the step summaries and messages go, default a new temp folder; --keep leaves the servers up until Ctrl-C)',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['out'], flags: ['keep'] });
    const out = typeof options.out === 'string' ? resolve(options.out) : mkdtempSync(join(tmpdir(), 'stagegate-demo-output-'));
    mkdirSync(out, { recursive: true });
    const seen: Record<string, { annotation: string; summary: string }> = {};
    const started = Date.now();
    const world = await startDemoWorld();
    try {
      io.stdout.write(`stagegate demo — everything on 127.0.0.1\n  fake GitHub API  ${world.github.url}\n  fleet            ${world.fleet.url} (${DEMO_REGIONS.join(', ')} on v1; v3 is broken on ewr)\n  Slack, Discord   loopback sinks\n  plan             ${join(world.workspace, '.github', 'rollout.yml')}\n\n`);
      const results: string[] = [];
      for (const [runId, version, expect] of [[2001, 'v2', 'goes all the way'], [2002, 'v3', 'breaks on primary (ewr) and is rolled back everywhere it went']] as const) {
        io.stdout.write(`▶ rollout ${version}: ${expect}\n`);
        const historyBefore = historyLines(world).length;
        const run = await runActionBundle('pipeline', { workspace: world.workspace, env: demoRunEnv(world, runId), inputs: { version, token: 'demo-token', 'fail-on': 'failed' }, timeoutMs: 120_000 });
        for (const line of historyLines(world).slice(historyBefore)) io.stdout.write(`  ${line}\n`);
        const result = run.outputs.result ?? `crashed (exit ${run.code})`;
        // What a user sees on GitHub: the step summary (Markdown) and the red annotation.
        writeFileSync(join(out, `${version}-step-summary.md`), run.summary);
        const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error::') || l.startsWith('::warning::'))?.replace(/^::\w+::/, '').replace(/%0A/g, '\n').replace(/%25/g, '%') ?? '';
        seen[version] = { annotation, summary: run.summary };
        results.push(`${version}: ${result}`);
        io.stdout.write(`  → result: ${result} (${(run.ms / 1000).toFixed(1)} s)\n\n`);
        if (!run.outputs.result) io.stderr.write(run.stdout.split('\n').filter((l) => l.startsWith('::error')).join('\n') + '\n');
      }
      await printStatus(world, io);
      io.stdout.write(`\nnotifications: Slack received ${world.slack.received.length}, Discord received ${world.discord.received.length}\n`);
      for (const sink of [world.slack, world.discord]) writeFileSync(join(out, `${sink.kind}-messages.json`), `${JSON.stringify(sink.received.map((r) => r.json ?? r.body), null, 2)}\n`);
      printOnCallView(seen.v3, world, io);
      io.stdout.write(`\nwhat a user sees, written to ${out}:\n  v2-step-summary.md, v3-step-summary.md   the step summaries (Markdown)\n  slack-messages.json, discord-messages.json   every message the Slack and Discord sinks received\n`);
      io.stdout.write(`artifacts (what record-history uploads):\n  history      ${join(world.runnerTemp, 'stagegate', 'history.jsonl')}\n  audit trail  ${join(world.runnerTemp, 'stagegate', 'notify-audit.jsonl')}\n`);
      io.stdout.write(`\n${results.join(', ')} — done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      if (options.keep) {
        io.stdout.write('servers kept up: press Ctrl-C to stop\n');
        await new Promise<void>((ok) => process.once('SIGINT', () => ok()));
      }
      return results.join() === 'v2: succeeded,v3: rolled-back' ? 0 : 1;
    } finally {
      await world.close();
    }
  },
};

/** History lines written so far, as a readable timeline. */
function historyLines(world: DemoWorld): string[] {
  const file = join(world.runnerTemp, 'stagegate', 'history.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const e = JSON.parse(l) as { time: string; kind: string; stage?: string; target?: string; version?: string; verdict?: string; detail?: string };
    return `${e.time.slice(11, 23)}  ${e.kind.padEnd(17)} ${(e.stage ?? '').padEnd(8)} ${(e.target ?? '').padEnd(4)} ${(e.version ?? '').padEnd(3)} ${(e.verdict ?? '').padEnd(12)} ${(e.detail ?? '').slice(0, 90)}`;
  });
}

async function printStatus(world: DemoWorld, io: CliIo): Promise<void> {
  const store = new DeploymentStore(createGitHubClient({ token: 'demo-token', baseUrl: world.github.url }), { owner: 'acme', repo: 'trading-api' });
  const { statuses } = await readStatus(store, DEMO_REGIONS.map((target) => ({ target, environment: `production/${target}` })));
  io.stdout.write('final status (from the Deployments API):\n');
  const rows = statuses.map((s) => [s.target, s.environment, s.version ?? '—', s.previous ?? '—', world.fleet.regions.get(s.target)?.version ?? '?', s.failing ? 'failing' : s.inProgress ? 'rolling out' : 'ok']);
  const table = textTable(['target', 'environment', 'live', 'previous', 'fleet runs', 'state'], rows);
  io.stdout.write(`${table.trimEnd().split('\n').map((line) => `  ${line}`).join('\n')}\n`);
}

/** v3's failure as the person on call reads it: the red annotation, the summary's first line, the first urgent message. */
function printOnCallView(v3: { annotation: string; summary: string } | undefined, world: DemoWorld, io: CliIo): void {
  if (!v3) return;
  const first = (text: string): string => text.split('\n').find((l) => l.trim()) ?? '(none)';
  const failure = [...world.slack.received, ...world.discord.received].find((r) => /fail|rolled|P0/i.test(r.body) && !/deploy-started/.test(r.body));
  io.stdout.write('\nv3 as the person on call reads it:\n');
  io.stdout.write(`  annotation  ${first(v3.annotation)}\n`);
  io.stdout.write(`  summary     ${first(v3.summary).replace(/^#+\s*/, '')}\n`);
  io.stdout.write(`  message     ${failure ? first(messageText(failure.json) ?? failure.body) : '(none)'}\n`);
}

/** The readable text of a Slack or Discord message body: its text, or its first embed or block. */
function messageText(json: unknown): string | undefined {
  const m = json as { text?: string; content?: string; embeds?: Array<{ title?: string; description?: string }>; blocks?: Array<{ text?: { text?: string } }> } | undefined;
  return m?.text || m?.content || m?.embeds?.[0]?.title || m?.embeds?.[0]?.description || m?.blocks?.find((b) => b.text?.text)?.text?.text;
}
