import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionFileErrors, listActions } from './support/workflow-files.js';

const actions = listActions();

/** Names passed to core.getInput / getBooleanInput / setOutput in an action's sources. */
function namesUsed(srcDir: string, fn: RegExp): Set<string> {
  const out = new Set<string>();
  if (!existsSync(srcDir)) return out;
  for (const f of readdirSync(srcDir, { recursive: true }) as string[]) {
    if (!f.endsWith('.ts')) continue;
    const text = readFileSync(join(srcDir, f), 'utf8');
    for (const m of text.matchAll(fn)) out.add(m[1] as string);
  }
  return out;
}

describe('action.yml files', () => {
  it('exist for the root pipeline and the actions', () => {
    expect(actions.map((a) => a.path).sort()).toEqual(['', 'actions/freeze', 'actions/health-gate', 'actions/join', 'actions/notify', 'actions/plan', 'actions/record-history', 'actions/rollback', 'actions/run-stage']);
  });

  describe.each(actions.map((a) => [a.path || '(root)', a] as const))('%s', (_label, action) => {
    it("passes GitHub's own action.yml parser", () => {
      expect(actionFileErrors(action.file)).toEqual([]);
    });

    it('runs on node24 from a committed bundle that exists', () => {
      expect(action.meta.runs?.using).toBe('node24');
      const main = resolve(dirname(action.file), action.meta.runs?.main ?? '');
      expect(main).toMatch(/\/dist\/[a-z-]+\/index\.js$/);
      expect(existsSync(main), `${main} is missing: run npm run build`).toBe(true);
    });

    it('describes every input and output', () => {
      for (const [name, def] of Object.entries(action.meta.inputs ?? {})) expect(def.description?.trim(), `input ${name}`).toBeTruthy();
      for (const [name, def] of Object.entries(action.meta.outputs ?? {})) expect(def.description?.trim(), `output ${name}`).toBeTruthy();
    });

    it('declares every input its code reads and every output it sets', () => {
      const dir = action.path ? join(dirname(action.file), 'src') : join(dirname(action.file), 'actions', 'pipeline', 'src');
      const read = namesUsed(dir, /core\.get(?:Boolean|Multiline)?Input\(\s*['"]([^'"]+)['"]/g);
      const set = namesUsed(dir, /core\.setOutput\(\s*['"]([^'"]+)['"]/g);
      const inputs = Object.keys(action.meta.inputs ?? {});
      const outputs = Object.keys(action.meta.outputs ?? {});
      expect([...read].filter((n) => !inputs.includes(n)), 'inputs read but not declared').toEqual([]);
      expect([...set].filter((n) => !outputs.includes(n)), 'outputs set but not declared').toEqual([]);
    });
  });
});
