// The plan's enumerations, apart from plan-schema.ts: the notify action and the messages need the
// priorities without evaluating every zod schema of the plan at start-up.

/** What to do when a stage fails its deploy or its gate. */
export const ON_FAILURE = ['rollback-stage', 'rollback-all', 'continue', 'pause'] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

/** Notification priorities, P0 most urgent. */
export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
export type Priority = (typeof PRIORITIES)[number];
