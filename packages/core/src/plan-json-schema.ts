import * as z from 'zod';
import { Plan } from './plan-schema.js';

// Apart from plan-resolve.ts, whose helpers every action uses: only `stagegate schema` needs zod's JSON Schema export.

/** The JSON Schema of a plan as a user writes it, for editors (schema/rollout.schema.json). */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/stagegate/stagegate/schema/rollout.schema.json',
    title: 'stagegate rollout plan',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
