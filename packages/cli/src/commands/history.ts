import { describeOrigin, describeOutcome, parseWindow } from '@stagegate/core';
import { readHistory } from '@stagegate/github';
import { parseArgs, UsageError, type CliCommand } from '../io.js';
import { openRepository } from './repository.js';
import { textTable } from './status.js';

/** `stagegate history`: every deployment and rollback, newest first, filtered and paginated. */
export const historyCommand: CliCommand = {
  summary: 'list deployments and rollbacks, newest first (filter by target, stage, time)',
  usage: 'stagegate history [--repo owner/name] [--limit 20] [--page 1] [--target lhr] [--environment production/lhr] [--stage canary] [--since 7d|2026-05-01] [--state-dir .stagegate] [--json]   (GitHub with GITHUB_TOKEN; else the local state)',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['repo', 'limit', 'page', 'target', 'environment', 'stage', 'since', 'state-dir'], flags: ['json'] });
    const limit = Number(options['limit'] ?? 20);
    const page = Number(options['page'] ?? 1);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit: expected a whole number from 1 to 100; got ${JSON.stringify(options['limit'])}`);
    if (!Number.isInteger(page) || page < 1) throw new UsageError(`--page: expected a whole number from 1; got ${JSON.stringify(options['page'])}`);
    const since = parseSince(options['since']);
    const repo = openRepository(options['repo'], io, options['state-dir']);
    const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
    const result = await readHistory(repo.store, { target: str(options['target']), stage: str(options['stage']), since }, page, limit, str(options['environment']));
    if (options['json']) {
      io.stdout.write(`${JSON.stringify({ repository: repo.name, page: result.page, perPage: result.perPage, hasMore: result.hasMore, deployments: result.rows, requests: result.requests }, null, 2)}\n`);
      return 0;
    }
    const bad = new Set(result.bad);
    io.stdout.write(textTable(['CREATED', 'TARGET', 'STAGE', 'VERSION', 'KIND', 'OUTCOME', 'BY', 'ID'], result.rows.map((f) => [
      f.createdAt, f.target, f.stage, f.version, f.kind === 'rollback' ? `rollback of ${f.replaces?.version ?? '?'}` : 'deploy', describeOutcome(f, (g) => bad.has(g.id)), describeOrigin(f) || '-', String(f.id),
    ])));
    if (result.hasMore) io.stdout.write(`more: --page ${page + 1}\n`);
    return 0;
  },
};

/** --since: a window back from now (7d, 12h) or a date. */
function parseSince(value: string | boolean | undefined): Date | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const at = Date.parse(value);
    if (Number.isNaN(at)) throw new UsageError(`--since: expected a date such as 2026-05-01 or a window such as 7d; got ${JSON.stringify(value)}`);
    return new Date(at);
  }
  try {
    return new Date(Date.now() - parseWindow(value, '--since'));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
