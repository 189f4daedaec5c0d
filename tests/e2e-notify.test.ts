/**
 * Notifications people keep switched on (issue 14, item 3), through the real
 * dist/pipeline bundle on the demo world with the Slack and Discord sinks:
 * v3 breaks the primary (ewr), the plan rolls back. By default each channel
 * hears at most three messages per rollout: the start, one alert with the
 * cause and the state of the affected targets, the end.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAuditTrail } from '@stagegate/notify';
import type { DemoWorld } from '@stagegate/testkit';
import { kindsIn, runRecoveryRow, versionsOf } from './support/recovery-scenario.js';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

type SlackBody = { text: string; attachments: Array<{ color: string; blocks: Array<Record<string, any>> }> };
const slackBodies = (w: DemoWorld): SlackBody[] => w.slack.received.map((r) => r.json as SlackBody);
const discordEmbeds = (w: DemoWorld): Array<Record<string, any>> => w.discord.received.map((r) => (r.json as { embeds: Array<Record<string, any>> }).embeds[0]!);

describe('notifications of a failed rollout, by default', () => {
  it('sends at most 3 messages per channel: start, one alert with cause and state, the end; coloured by outcome', async () => {
    const r = await runRecoveryRow({}, 6001);
    world = r.world;
    expect(r.run.outputs.result, r.run.stdout).toBe('rolled-back');
    expect(versionsOf(r.world).ewr).toBe('v1');

    expect(kindsIn(r.world, 'slack')).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    expect(r.world.discord.received.length).toBeLessThanOrEqual(3);
    const [start, alert, end] = slackBodies(r.world);
    // Colour by outcome: started blue, failed red, rolled back orange.
    expect([start, alert, end].map((b) => b?.attachments[0]?.color)).toEqual(['#0969da', '#d1242f', '#e16f24']);

    // The alert's first line: the cause (the stage, ewr's failing check), then what ewr runs now.
    const first = alert!.text.split('\n')[0]!;
    expect(first).toMatch(/^P0 trading-api v3: stage failed in primary — .*ewr.* — now: ewr runs v3 \(rolling back to v1\)/);
    expect(first).toMatch(/\+\d+ healthy$/);
    // Only affected targets are listed: the full stage's regions never appear.
    for (const region of ['ord', 'fra', 'sin', 'bom']) expect(alert!.text).not.toMatch(new RegExp(`\\b${region}\\b`));
    expect(alert!.text.split('\n')[1]).toMatch(/^Next: Rolling back ewr/);

    // Repo, ref, commit, actor, run and deployment links in every message.
    for (const b of [start, alert, end]) {
      const json = JSON.stringify(b);
      expect(json).toContain('*Repo*\\nacme/trading-api');
      expect(json).toMatch(/\*Commit\*\\n0{0,}d{3,7}|\*Commit\*\\n[0-9a-f]{7}/);
      expect(json).toContain('/acme/trading-api/commit/');
      expect(json).toContain('|Workflow run>');
    }
    expect(JSON.stringify(alert)).toContain('/acme/trading-api/deployments/production%2Fewr|Deployments: production/ewr>');

    // The end says what production runs now, and the fallback that carried the P0 hears it too.
    // The cause once, first (not repeated from the gate's checks), then what each affected target runs now.
    expect(end!.text).toMatch(/^P1 trading-api v3: rolled back, all clear — ewr: health 503 \(expected 200\) — body \{[^}]*\} \(stage primary\) — now: .*ewr runs v1 \(rolled back from v3\)/);
    expect(end!.text.split('health 503')).toHaveLength(2);
    expect(kindsIn(r.world, 'discord')).toEqual(['stage-failed', 'pipeline-failed']);
    expect(discordEmbeds(r.world).map((e) => e.color)).toEqual([0xd1242f, 0xe16f24]);

    // The intermediate events are still in the audit trail and the history.
    const audit = parseAuditTrail(readFileSync(join(r.world.runnerTemp, 'stagegate', 'notify-audit.jsonl'), 'utf8'));
    const kinds = audit.flatMap((a) => (a.type === 'event' ? [a.event.kind] : []));
    expect(kinds).toEqual(expect.arrayContaining(['rollback-succeeded']));
    const history = readFileSync(join(r.world.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8');
    for (const k of ['gate-failed', 'rollback-started', 'rollback-succeeded']) expect(history).toContain(`"detail":"${k}:`);
    // stage-succeeded (canary) is P3: the daily digest beside the audit trail, no channel.
    const digest = readdirSync(join(r.world.runnerTemp, 'stagegate')).find((f) => /^stagegate-digest-\d{4}-\d{2}-\d{2}\.md$/.test(f));
    expect(digest).toBeDefined();
    expect(readFileSync(join(r.world.runnerTemp, 'stagegate', digest!), 'utf8')).toMatch(/P3 trading-api v3: stage succeeded in canary/);

    // For the report: the failure message as Slack shows it.
    writeFileSync(join(r.world.runnerTemp, 'slack-failure-message.json'), JSON.stringify(alert, null, 2));
    if (process.env.STAGEGATE_SHOW_MESSAGE) console.log(JSON.stringify(alert, null, 2));
  });

  it('sends every event to a channel that asks for them (events: all)', async () => {
    const r = await runRecoveryRow({ before: (w) => editPlan(w, (p) => p.replace('min-priority: P2 }', 'min-priority: P2, events: all }')) }, 6002);
    world = r.world;
    expect(r.run.outputs.result, r.run.stdout).toBe('rolled-back');
    expect(kindsIn(r.world, 'slack')).toEqual(expect.arrayContaining(['deploy-started', 'stage-failed', 'rollback-succeeded', 'pipeline-failed']));
    expect(r.world.slack.received.length).toBeGreaterThan(3);
  });
});

describe('an unset webhook variable', () => {
  it('is a warning and an audit line "not configured": the rollout runs and rolls back, Discord still alerts', async () => {
    const r = await runRecoveryRow({ before: (w) => unsetSlack(w) }, 6003);
    world = r.world;
    expect(r.run.outputs.result, r.run.stdout).toBe('rolled-back');
    expect(r.run.stdout).toMatch(/::warning::notify: slack is not configured \(notify\.slack\.webhook: UNSET_SLACK_WEBHOOK_URL is not set\)/);
    expect(r.world.slack.received).toHaveLength(0);
    // Discord takes Slack's place: it was Slack's fallback.
    expect(kindsIn(r.world, 'discord')).toEqual(['deploy-started', 'stage-failed', 'pipeline-failed']);
    const audit = readFileSync(join(r.world.runnerTemp, 'stagegate', 'notify-audit.jsonl'), 'utf8');
    expect(audit).toMatch(/"type":"channel","time":"[^"]+","channel":"slack","status":"not configured"/);
  });

  it('stops the run before anything happens when the channel says required: true, naming the plan path', async () => {
    const r = await runRecoveryRow({ before: (w) => { unsetSlack(w); editPlan(w, (p) => p.replace('min-priority: P2 }', 'min-priority: P2, required: true }')); } }, 6004);
    world = r.world;
    expect(r.run.code).not.toBe(0);
    expect(r.run.stdout).toMatch(/::error::.*notify\.slack\.webhook.*UNSET_SLACK_WEBHOOK_URL is not set/);
    expect(versionsOf(r.world).ewr).toBe('v1');
    expect(r.world.fleet.regions.get('lhr')?.commands).toEqual([]);
    expect(existsSync(join(r.world.runnerTemp, 'stagegate', 'notify-audit.jsonl'))).toBe(false);
  });
});

/** Rewrites the demo plan before the run. */
function editPlan(w: DemoWorld, edit: (plan: string) => string): void {
  const file = join(w.workspace, '.github', 'rollout.yml');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('the plan edit matched nothing');
  writeFileSync(file, after);
}

/** Points the plan's Slack webhook at a variable the run does not set. */
function unsetSlack(w: DemoWorld): void {
  editPlan(w, (p) => p.replace('env:SLACK_WEBHOOK_URL', 'env:UNSET_SLACK_WEBHOOK_URL'));
}
