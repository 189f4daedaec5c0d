import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '@stagegate/testkit';
import { actionFileErrors, checkActionUses, checkPermissions, listActions, resolveOwnAction, workflowConvertErrors } from './support/workflow-files.js';

const examplesDir = join(REPO_ROOT, 'workflows-examples');
const examples = readdirSync(examplesDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const actions = listActions();

/** Reads one example as plain YAML, to assert what a workflow says beyond its validity. */
function readExample(name: string): { on?: Record<string, unknown>; permissions?: unknown; concurrency?: { group?: string }; jobs: Record<string, Record<string, unknown> & { steps?: Record<string, unknown>[] }> } {
  return parseYaml(readFileSync(join(examplesDir, name), 'utf8'));
}

describe('example workflows', () => {
  it('are the four the issue asks for', () => {
    expect(examples).toEqual(['deploy-one-step.yml', 'deploy.yml', 'rollback.yml', 'status.yml']);
  });

  describe.each(examples)('%s', (name) => {
    const file = join(examplesDir, name);

    it("passes GitHub's own workflow parser and converter", async () => {
      expect(await workflowConvertErrors(file)).toEqual([]);
    });

    it('uses only our actions that exist, with inputs they declare and every required one', () => {
      expect(checkActionUses(file, actions)).toEqual([]);
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

  it('status.yml runs on a schedule with read-only permissions', () => {
    const doc = readExample('status.yml');
    expect(doc.on).toHaveProperty('schedule');
    expect(doc.jobs.status?.permissions).toEqual({ deployments: 'read', contents: 'read', actions: 'read' });
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
