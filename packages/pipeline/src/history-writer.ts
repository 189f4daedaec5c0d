import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatHistoryLines, type HistoryEvent, type HistoryEventKind } from '@stagegate/core';
import type { PipelineEvent, PipelineEventKind } from './pipeline-types.js';

const HISTORY_KIND: Record<PipelineEventKind, HistoryEventKind> = {
  'deploy-started': 'deploy-started',
  'stage-started': 'stage-started',
  'stage-succeeded': 'stage-finished',
  'stage-failed': 'stage-finished',
  'manual-approval-waiting': 'stage-finished',
  'gate-failed': 'gate-verdict',
  'gate-finished': 'gate-verdict',
  'rollback-started': 'rollback-started',
  'rollback-succeeded': 'rollback-finished',
  'rollback-failed': 'rollback-finished',
  'pipeline-succeeded': 'deploy-finished',
  'pipeline-failed': 'deploy-finished',
  'records-missing': 'run-recorded',
};

/** The run's history file: pipeline events become history lines, appended at once. */
export function createHistoryWriter(file: string, run: { id: string; attempt: number }) {
  mkdirSync(dirname(file), { recursive: true });
  const append = (events: HistoryEvent[]): void => appendFileSync(file, formatHistoryLines(events));
  return {
    file,
    /** Appends one pipeline event (one line, targets listed in detail). */
    record(e: PipelineEvent): void {
      const verdict = e.verdict ?? e.result ?? (e.kind.endsWith('succeeded') ? 'success' : e.kind.endsWith('failed') ? 'failure' : e.kind === 'manual-approval-waiting' ? 'paused' : undefined);
      const detail = [e.kind, e.targets?.length ? `targets ${e.targets.join(', ')}` : '', e.reason ?? ''].filter(Boolean).join(': ');
      append([{ time: e.at, run, kind: HISTORY_KIND[e.kind], stage: e.stage, version: e.version, verdict, detail }]);
    },
    /** Appends one line per target of a deploy or rollback. */
    recordTargets(kind: 'deploy-finished' | 'rollback-finished', stage: string | undefined, targets: ReadonlyArray<{ target: string; toVersion?: string | undefined; state: string; reason: string; deploymentId?: number | undefined }>, at: string): void {
      append(targets.map((t) => ({ time: at, run, kind, stage, target: t.target, version: t.toVersion, verdict: t.state, detail: t.reason, deploymentId: t.deploymentId })));
    },
  };
}
