/**
 * End-to-end: what the person on call reads first. The pipeline bundle runs
 * as the runner runs it against the demo world; the first line of the red
 * annotation, of the step summary and of the stage-failed event must say what
 * failed, where, what was observed, and what production runs now.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoRunEnv, startDemoWorld, REPO_ROOT, runActionBundle, type ActionRun, type DemoWorld } from '@stagegate/testkit';
import { parseHistoryLines } from '@stagegate/core';

let world: DemoWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Runs the pipeline bundle with the action.yml defaults of the inputs not given, as the runner does. */
function runPipeline(w: DemoWorld, runId: number, inputs: Record<string, string>): Promise<ActionRun> {
  const metadata = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults = Object.entries(metadata.inputs).filter(([, i]) => i.default !== undefined && !i.default.includes('${{')).map(([k, i]) => [k, String(i.default)]);
  return runActionBundle('pipeline', { workspace: w.workspace, env: demoRunEnv(w, runId), inputs: { ...Object.fromEntries(defaults), token: 'demo-token', ...inputs } });
}

/** The first annotation's message, decoded as the runner decodes it. */
function annotationOf(run: ActionRun): string {
  const line = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

/** The detail of the run's first history line of an event kind (the event's reason as recorded). */
function eventDetail(w: DemoWorld, runId: number, kind: string): string {
  const lines = parseHistoryLines(readFileSync(join(w.runnerTemp, 'stagegate', 'history.jsonl'), 'utf8')).filter((e) => e.run.id === String(runId));
  return lines.find((e) => e.detail?.startsWith(`${kind}:`))?.detail ?? '';
}

/** Every Markdown table of a text is well-formed: a header, a rule and rows with the header's column count. */
function expectWellFormedTables(markdown: string): void {
  const lines = markdown.split('\n');
  const cells = (l: string): number => l.replace(/\\\|/g, '').split('|').length - 2;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith('| ') || lines[i - 1]?.startsWith('|')) continue;
    expect(lines[i + 1], `rule under ${lines[i]}`).toMatch(/^\| (--- \| )*---\s*\|$/);
    const width = cells(lines[i] ?? '');
    for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(cells(lines[j] ?? ''), lines[j]).toBe(width);
  }
}

describe('why: a deploy command that exits 7', () => {
  it('puts the exit code and the stderr line first in the annotation, the summary and the stage-failed event', async () => {
    const w = (world = await startDemoWorld({ soak: '300ms', interval: '100ms' }));
    w.fleet.setRefusing('lhr', true, { version: 'v3', exitCode: 7, message: 'registry refused image ghcr.io/acme/trading-api:v3 (manifest unknown)' });
    const run = await runPipeline(w, 3101, { version: 'v3' });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    const cause = 'lhr: deploy exited 7 — ERROR: registry refused image ghcr.io/acme/trading-api:v3 (manifest unknown)';
    expect(annotationOf(run).split('\n')[0]).toBe(`trading-api v3 rolled back: ${cause} (stage canary). Production runs v1 on lhr, nrt; ewr, ord, fra, sin, bom untouched. Next: deploy a fixed version; if the cause was outside v3, fix it and re-run with \`version: v3\` (CLI: \`stagegate run --version v3\`)`);
    expect(run.summary.split('\n')[0]).toBe(`### ↩️ trading-api v3 rolled back: ${cause} (stage canary). Production runs v1 on lhr, nrt; ewr, ord, fra, sin, bom untouched.`);
    expect(eventDetail(w, 3101, 'stage-failed')).toBe(`stage-failed: targets lhr: ${cause} (stage canary)`);
    // v3 never reached lhr: the rollback table must not claim it did; lhr was rolled back, never "succeeded".
    expect(run.summary).toContain('| lhr | production/lhr | v1 (v3 failed: may not have reached it) | v1 | rolled back |');
    expect(run.summary).toMatch(/\| lhr \| canary \| v1 \| v1 \| rolled back \| deploy exited 7 — ERROR: registry refused image/);
    expect(run.summary).toContain('| primary | ewr | not started |');
    expectWellFormedTables(run.summary);
    writeFileSync(join(run.dir, 'summary.md'), run.summary);
    expect(readFileSync(join(run.dir, 'summary.md'), 'utf8')).toBe(run.summary);
  });
});

describe('why: a gate that sees 503', () => {
  it('puts the observed status against the expected one and the body first, and what production runs now', async () => {
    const w = (world = await startDemoWorld({ breaks: { v3: ['ewr'] }, soak: '300ms', interval: '100ms' }));
    const run = await runPipeline(w, 3102, { version: 'v3' });
    expect(run.code, run.stdout).toBe(1);
    const cause = 'ewr: health 503 (expected 200) — body {"status":"unhealthy","region":"ewr","version":"v3"}';
    expect(annotationOf(run).split('\n')[0]).toMatch(new RegExp(`^trading-api v3 rolled back: ${escapeRegExp(cause)} \\(stage primary\\)\\. Production runs v1 on lhr, nrt, ewr; ord, fra, sin, bom untouched\\. Next: `));
    expect(run.summary.split('\n')[0]).toBe(`### ↩️ trading-api v3 rolled back: ${cause} (stage primary). Production runs v1 on lhr, nrt, ewr; ord, fra, sin, bom untouched.`);
    expect(eventDetail(w, 3102, 'stage-failed')).toBe(`stage-failed: targets ewr: ${cause} (stage primary)`);
    // The final event lists only what the run touched.
    expect(eventDetail(w, 3102, 'pipeline-failed')).toMatch(/^pipeline-failed: targets lhr, nrt, ewr: /);
    // One timeline row per fact: the gate-failed and the stage-failed saying the same thing are one row.
    const timeline = run.summary.slice(run.summary.indexOf('#### Timeline'));
    expect(timeline.match(/\| ewr \| ewr: health 503/g)).toHaveLength(1);
    expectWellFormedTables(run.summary);
  });
});

describe('why: a pause', () => {
  it('fails the step by default and gives the exact resume and rollback commands', async () => {
    const w = (world = await startDemoWorld({ breaks: { v3: ['nrt'] }, soak: '300ms', interval: '100ms' }));
    const plan = join(w.workspace, '.github', 'rollout.yml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('on-failure: rollback-stage', 'on-failure: pause'));
    const run = await runPipeline(w, 3103, { version: 'v3' });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.result).toBe('paused');
    expect(run.summary.split('\n')[0]).toMatch(/^### ⏸️ trading-api v3 paused: nrt: health 503 \(expected 200\) — body .* \(stage canary\)\. Production runs v3 on lhr, nrt; ewr, ord, fra, sin, bom untouched\.$/);
    expect(run.summary).toContain('accept and go on: re-run with `version: v3` and `start-at: primary`');
    expect(run.summary).toContain('`gh workflow run rollback.yml -f targets=lhr,nrt -f reason="…"`');
    expect(annotationOf(run)).toContain('start-at: primary');
    expect(eventDetail(w, 3103, 'manual-approval-waiting')).toMatch(/^manual-approval-waiting: targets lhr, nrt: nrt: health 503 .*paused, v3 stays live on lhr, nrt\. Next: .*start-at: primary/);
    // A user may keep a pause green.
    const green = await runPipeline(w, 3104, { version: 'v3', 'fail-on': 'rolled-back,failed' });
    expect(green.code, green.stdout).toBe(0);
    expect(green.stdout).toMatch(/::warning::trading-api v3 paused: /);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
