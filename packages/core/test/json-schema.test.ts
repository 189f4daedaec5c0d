import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '@stagegate/core';

// Kept apart from the behaviour tests: this snapshot fails on any schema change, so the
// mutation run (vitest.mutate.config.ts) leaves it out and no file counts as covered by it alone.
describe('JSON Schema', () => {
  it('is committed and current (npm run schema regenerates it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../schema/rollout.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });
  it('describes the plan for editors: properties, enums and descriptions', () => {
    const s = planJsonSchema() as { properties: Record<string, any> };
    const stage = s.properties.stages.items;
    expect(stage.properties['on-failure'].enum).toEqual(['rollback-stage', 'rollback-all', 'continue', 'pause']);
    expect(stage.additionalProperties).toBe(false);
    expect(stage.properties.targets.description).toMatch(/GitHub environment/);
  });
});
