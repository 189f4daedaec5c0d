import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '@stagegate/testkit';
import { actionFileErrors, checkActionUses, checkOutputsRead, checkPermissions, listActions, resolveOwnAction, workflowConvertErrors } from './support/workflow-files.js';

const examplesDir = join(REPO_ROOT, 'workflows-examples');
const examples = readdirSync(examplesDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const actions = listActions();

/** Reads one example as plain YAML, to assert what a workflow says beyond its validity. */
function readExample(name: string): { on?: Record<string, unknown>; permissions?: unknown; concurrency?: { group?: string }; jobs: Record<string, Record<string, unknown> & { steps?: Record<string, unknown>[] }> } {
  return parseYaml(readFileSync(join(examplesDir, name), 'utf8'));
}

describe('example workflows', () => {
  it('are the ones the issues ask for', () => {
    expect(examples).toEqual(['deploy-fleet.yml', 'deploy-one-step.yml', 'deploy.yml', 'freeze.yml', 'rollback.yml', 'status.yml']);
  });

  describe.each(examples)('%s', (name) => {
    const file = join(examplesDir, name);

    it("passes GitHub's own workflow parser and converter", async () => {
      expect(await workflowConvertErrors(file)).toEqual([]);
    });

    it('uses only our actions that exist, with inputs they declare and every required one', () => {
      expect(checkActionUses(file, actions)).toEqual([]);
    });

    it('reads only outputs our actions declare', () => {
      expect(checkOutputsRead(file, actions)).toEqual([]);
    });

    it('declares its permissions and never write-all', () => {
      expect(checkPermissions(file)).toEqual([]);
    });
  });

  it('every action.yml passes the parser too', () => {
    for (const a of actions) expect(actionFileErrors(a.file), a.path || '(root)').toEqual([]);
  });
});

describe('what the examples promise', () => {
  it('deploy.yml, deploy-one-step.yml and rollback.yml share one concurrency group that never cancels a rollout', () => {
    const groups = ['deploy.yml', 'deploy-one-step.yml', 'rollback.yml'].map((name) => readExample(name).concurrency as { group?: string; 'cancel-in-progress'?: boolean });
    expect(new Set(groups.map((c) => c.group))).toEqual(new Set(['stagegate-${{ github.repository }}-production']));
    for (const c of groups) expect(c['cancel-in-progress']).toBe(false);
  });

  it('deploy.yml chains canary → primary → full, approves primary, rolls back on failure and always reports', () => {
    const { jobs } = readExample('deploy.yml');
    expect(jobs.canary?.needs).toBe('test');
    expect(jobs.primary?.needs).toContain('canary');
    expect(jobs.primary?.environment).toBe('production');
    expect(jobs.full?.needs).toContain('primary');
    expect((jobs['gate-full']?.strategy as { matrix: { region: string[] } }).matrix.region).toEqual(['ord', 'fra', 'sin', 'bom']);
    expect(String(jobs.rollback?.if)).toMatch(/^failure\(\)/);
    expect(jobs.rollback?.steps?.find((s) => s.id === 'rollback')?.with).toHaveProperty('failed-version');
    expect(jobs.report?.if).toBe('always()');
    for (const job of ['canary', 'primary', 'full', 'rollback']) expect(jobs[job]?.permissions).toEqual({ deployments: 'write', contents: 'read' });
  });

  it('rollback.yml takes version, targets and a required reason, waits for approval and never overlaps', () => {
    const doc = readExample('rollback.yml');
    const inputs = (doc.on?.workflow_dispatch as { inputs: Record<string, { required?: boolean; default?: string }> }).inputs;
    expect(inputs.version?.required).toBe(false);
    expect(inputs.targets?.default).toBe('all');
    expect(inputs.reason?.required).toBe(true);
    expect(doc.jobs.rollback?.environment).toBe('production-rollback');
    expect(doc.concurrency?.group).toBeTruthy();
  });

  it('deploy.yml also runs on a published release and by hand, with a version and a mode', () => {
    const doc = readExample('deploy.yml');
    expect(doc.on?.release).toEqual({ types: ['published'] });
    const inputs = (doc.on?.workflow_dispatch as { inputs: Record<string, { required?: boolean; options?: string[]; default?: string }> }).inputs;
    expect(inputs.version?.required).toBe(false);
    expect(inputs.mode?.options).toEqual(['all', 'canary', 'primary', 'full']);
    expect(inputs.mode?.default).toBe('all');
    // Each stage job says when its mode runs it.
    for (const job of ['canary', 'primary', 'full']) expect(String(doc.jobs[job]?.if)).toContain(`inputs.mode == '${job}'`);
  });

  it('deploy-fleet.yml fans every stage out from the plan action, joins it, and goes on only on the join\'s word', () => {
    const { jobs } = readExample('deploy-fleet.yml');
    const planSteps = jobs.plan?.steps?.filter((s) => String(s.uses).includes('/actions/plan@')) ?? [];
    expect(planSteps.map((s) => (s.with as { stage: string }).stage)).toEqual(['canary', 'primary', 'full']);
    for (const [i, stage] of ['canary', 'primary', 'full'].entries()) {
      const shards = jobs[stage];
      expect(shards?.strategy).toEqual({ 'fail-fast': false, matrix: `\${{ fromJSON(needs.plan.outputs.${stage}) }}` });
      expect(shards?.steps?.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'stagegate/stagegate/actions/run-stage@v1', 'stagegate/stagegate/actions/health-gate@v1']);
      for (const s of shards?.steps?.slice(1) ?? []) expect(s.with).toMatchObject({ stage, targets: '${{ matrix.targets }}' });
      const joinStep = jobs[`join-${stage}`]?.steps?.find((s) => s.id === 'join');
      expect(joinStep?.with).toMatchObject({ stage, 'shard-size': 50, 'shards-result': `\${{ needs.${stage}.result }}` });
      expect(String(jobs[`join-${stage}`]?.if)).toContain('!cancelled()');
      if (i > 0) expect(String(shards?.if)).toContain(`needs.join-${['canary', 'primary'][i - 1]}.outputs.next-stage == '${stage}'`);
    }
    expect(planSteps.every((s) => (s.with as { 'shard-size': number })['shard-size'] === 50)).toBe(true);
  });

  it('status.yml runs on a schedule and after each deployment, with read-only permissions', () => {
    const doc = readExample('status.yml');
    expect(doc.on).toHaveProperty('schedule');
    expect(doc.on).toHaveProperty('deployment_status');
    expect(doc.jobs.status?.permissions).toEqual({ deployments: 'read', contents: 'read', actions: 'read' });
  });
});

describe('.github/workflows/release.yml', () => {
  const file = join(REPO_ROOT, '.github', 'workflows', 'release.yml');
  const doc = parseYaml(readFileSync(file, 'utf8')) as { on?: { push?: { tags?: string[] } }; jobs: Record<string, { permissions?: unknown; steps?: Array<{ name?: string; run?: string; uses?: string }> }> };
  const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it("passes GitHub's own workflow parser and converter, with permissions declared and never write-all", async () => {
    expect(await workflowConvertErrors(file)).toEqual([]);
    expect(checkPermissions(file)).toEqual([]);
    expect(checkActionUses(file, actions)).toEqual([]);
  });

  it('runs on a version tag: checks dist is fresh, runs the tests, releases from CHANGELOG.md and moves the major tag', () => {
    expect(doc.on?.push?.tags).toEqual(['v*.*.*']);
    const index = (pattern: RegExp): number => steps.findIndex((s) => pattern.test(s.run ?? s.uses ?? ''));
    const order = [/actions\/checkout/, /actions\/setup-node/, /npm ci/, /git diff --exit-code/, /npm test/, /gh release create/, /git push -f origin/].map(index);
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs).toContain('npm run build');
    expect(runs).toMatch(/CHANGELOG\.md/);
    expect(Object.values(doc.jobs).map((j) => j.permissions)).toEqual([{ contents: 'write' }]);
  });

  /** Runs the release step's own script with a stand-in `gh` that records what it was given. */
  function runReleaseStep(tag: string): { code: number | null; args: string; notes: string; stdout: string } {
    const script = steps.find((s) => /gh release create/.test(s.run ?? ''))?.run ?? '';
    const tmp = mkdtempSync(join(tmpdir(), 'stagegate-release-'));
    writeFileSync(join(tmp, 'gh'), `#!/bin/sh\necho "$@" > "${tmp}/args"\nwhile [ $# -gt 0 ]; do [ "$1" = --notes-file ] && cp "$2" "${tmp}/notes"; shift; done\n`, { mode: 0o755 });
    const r = spawnSync('bash', ['-e', '-c', script], { cwd: REPO_ROOT, encoding: 'utf8', env: { PATH: `${tmp}:${process.env.PATH}`, TAG: tag, RUNNER_TEMP: tmp, GH_TOKEN: 'x' } });
    const read = (f: string): string => (existsSync(join(tmp, f)) ? readFileSync(join(tmp, f), 'utf8') : '');
    const out = { code: r.status, args: read('args'), notes: read('notes'), stdout: r.stdout };
    rmSync(tmp, { recursive: true, force: true });
    return out;
  }

  it("releases with CHANGELOG.md's section of that version as the notes, and refuses a version it lacks", () => {
    expect(readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/^## \[0\.1\.0\] - \d{4}-\d{2}-\d{2}$/m);
    const released = runReleaseStep('v0.1.0');
    expect(released.code, released.stdout).toBe(0);
    expect(released.args).toMatch(/^release create v0\.1\.0 --title v0\.1\.0 --notes-file /);
    expect(released.notes).toContain('First release.');
    expect(released.notes).not.toContain('## [');
    const missing = runReleaseStep('v9.9.9');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('::error::CHANGELOG.md has no section "## [9.9.9]"');
    expect(missing.args).toBe('');
  });
});

describe('the checker itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-wf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a workflow text to a temp file and returns its path. */
  function writeWorkflow(text: string): string {
    const file = join(dir, `wf-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, text);
    return file;
  }

  const header = 'on: push\npermissions: { contents: read }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n';

  it('maps the forms users and this repository write to our folders', () => {
    expect(resolveOwnAction('stagegate/stagegate@v1')).toBe('');
    expect(resolveOwnAction('stagegate/stagegate/actions/run-stage@v1')).toBe('actions/run-stage');
    expect(resolveOwnAction('./')).toBe('');
    expect(resolveOwnAction('./actions/notify')).toBe('actions/notify');
    expect(resolveOwnAction('actions/checkout@v4')).toBeUndefined();
  });

  it('reports a missing action, an undeclared input, a missing required input and an inline secret', () => {
    const file = writeWorkflow(header + [
      '      - uses: stagegate/stagegate/actions/deploy-all@v1',
      '      - uses: stagegate/stagegate/actions/run-stage@v1',
      '        with: { stage: canary, version: v1, region: lhr }',
      '      - uses: ./actions/run-stage',
      '        with: { stage: canary }',
      '      - uses: stagegate/stagegate/actions/notify@v1',
      '        with: { slack-webhook: "${{ secrets.SLACK_WEBHOOK_URL }}" }',
      '',
    ].join('\n'));
    expect(checkActionUses(file, actions)).toEqual([
      "jobs.a.steps[0]: uses stagegate/stagegate/actions/deploy-all@v1, but there is no action.yml at 'actions/deploy-all'",
      "jobs.a.steps[1]: stagegate/stagegate/actions/run-stage@v1 declares no input 'region'",
      "jobs.a.steps[2]: ./actions/run-stage needs input 'version'",
      'jobs.a.steps[3]: with.slack-webhook passes a secret inline; pass it through env',
    ]);
  });

  it('reports an output read that the action does not declare, or from a step that does not exist', () => {
    const file = writeWorkflow(header + [
      '      - id: rb',
      '        uses: stagegate/stagegate/actions/rollback@v1',
      '        with: { targets: all }',
      '      - uses: ./actions/notify',
      '        if: steps.rb.outputs.outcome == \'ok\'',
      '        with: { kind: auto, targets: "${{ steps.rb.outputs.rolled-back-targets }}", version: "${{ steps.nope.outputs.v }}" }',
      '',
    ].join('\n'));
    expect(checkOutputsRead(file, actions)).toEqual([
      'jobs.a.steps[1]: reads steps.nope.outputs.v, but job a has no step with id nope',
      'jobs.a.steps[1]: reads steps.rb.outputs.outcome, which stagegate/stagegate/actions/rollback@v1 does not declare',
    ]);
  });

  it('reports parser errors and a needs: naming no job', async () => {
    expect(await workflowConvertErrors(writeWorkflow(header + '      - uses: actions/checkout@v4\n        wiht: { x: 1 }\n'))).not.toEqual([]);
    const dangling = writeWorkflow('on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n  b:\n    needs: nope\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n');
    expect((await workflowConvertErrors(dangling)).join('\n')).toMatch(/nope/);
  });

  it('reports write-all and jobs left to the default permissions', () => {
    const file = writeWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n  b:\n    runs-on: ubuntu-latest\n    permissions: write-all\n    steps: [{ run: echo }]\n');
    expect(checkPermissions(file)).toEqual(['jobs.a: no permissions declared (top-level or per job)', 'jobs.b: permissions write-all']);
  });
});
