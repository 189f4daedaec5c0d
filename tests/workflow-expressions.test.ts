import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateExpression, evaluateTemplate, type ExprScope } from './support/workflow-expressions.js';

/** A scope with the contexts the examples read, and a job whose earlier steps failed or not. */
function scope(failed = false): ExprScope {
  return {
    contexts: {
      inputs: { mode: '', version: 'v2' },
      github: { run_id: '42', event: { release: { tag_name: 'v3' } } },
      needs: { test: { result: 'success', outputs: { version: 'v2' } }, canary: { result: 'failure', outputs: {} } },
      steps: { rollback: { outputs: { result: 'succeeded', 'rolled-back-targets': '["lhr"]' } } },
      matrix: { region: 'ord' },
      secrets: {},
    },
    status: { success: () => !failed, failure: () => failed, cancelled: () => false },
  };
}

describe('the test evaluator of workflow expressions', () => {
  it('reads contexts, dashes in names, `.*` filters and index access', () => {
    expect(evaluateExpression('needs.test.outputs.version', scope())).toBe('v2');
    expect(evaluateExpression("steps.rollback.outputs['rolled-back-targets']", scope())).toBe('["lhr"]');
    expect(evaluateExpression('steps.rollback.outputs.rolled-back-targets', scope())).toBe('["lhr"]');
    expect(evaluateExpression("contains(needs.*.result, 'failure')", scope())).toBe(true);
    expect(evaluateExpression('github.event.release.missing.deeper', scope())).toBeNull();
  });

  it('returns operands from && and ||, as GitHub does, with loose case-insensitive ==', () => {
    expect(evaluateExpression("steps.rollback.outputs.result == 'SUCCEEDED' && 'rollback-succeeded' || 'rollback-failed'", scope())).toBe('rollback-succeeded');
    expect(evaluateExpression("inputs.mode || 'all'", scope())).toBe('all');
    expect(evaluateExpression('inputs.nothing || github.event.release.tag_name', scope())).toBe('v3');
    expect(evaluateExpression("!inputs.mode && fromJSON('[1, 2]')[1] == '2'", scope())).toBe(true);
  });

  it('interpolates templates and implies success() in conditions that name no status function', () => {
    expect(evaluateTemplate('rollout of ${{ needs.test.outputs.version }} failed in run ${{ github.run_id }}', scope())).toBe('rollout of v2 failed in run 42');
    expect(evaluateCondition("${{ inputs.version == 'v2' }}", scope(true))).toBe(false);
    expect(evaluateCondition("failure() && needs.test.result == 'success'", scope(true))).toBe(true);
    expect(evaluateCondition(undefined, scope(true))).toBe(false);
    expect(evaluateCondition('always()', scope(true))).toBe(true);
  });

  it('refuses what it does not know, so an example that uses more fails loudly', () => {
    expect(() => evaluateExpression('hashFiles("x")', scope())).toThrow();
    expect(() => evaluateExpression('format(\'{0}\', 1)', scope())).toThrow('function format() is not supported');
    expect(() => evaluateExpression('vars2.x', scope())).toThrow('unknown context vars2');
  });
});
