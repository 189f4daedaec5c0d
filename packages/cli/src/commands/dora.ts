import { computeDora, formatDuration, parseWindow, type Measure } from '@stagegate/core';
import { listDeploymentFacts, readAllStates, readDora, type DoraReading } from '@stagegate/github';
import { parseArgs, UsageError, type CliCommand } from '../io.js';
import { openRepository, type OpenRepository } from './repository.js';
import { textTable } from './status.js';

const showMeasure = (m: Measure) => (m.medianMs === undefined ? 'n/a' : `${formatDuration(m.medianMs)} (median of ${m.samples})`);

/** `stagegate dora`: the four DORA figures over a window, from the Deployments API. */
export const doraCommand: CliCommand = {
  summary: 'deployment frequency, lead time, change failure rate and time to restore over a window',
  usage: 'stagegate dora [--repo owner/name] [--window 30d] [--by-environment] [--state-dir .stagegate] [--json]   (GitHub with GITHUB_TOKEN, GITHUB_API_URL; else the local state, without lead time)',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['repo', 'window', 'state-dir'], flags: ['json', 'by-environment'] });
    let windowMs: number;
    try {
      windowMs = parseWindow(typeof options['window'] === 'string' ? options['window'] : '30d', '--window');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const repo = openRepository(options['repo'], io, options['state-dir']);
    const { report, requests, statusCoverage } = await readDoraOf(repo, windowMs, options['by-environment'] === true);
    if (options['json']) {
      io.stdout.write(`${JSON.stringify({ repository: repo.name, ...report, requests, statusCoverage }, null, 2)}\n`);
      return 0;
    }
    const rate = report.changeFailureRate === undefined ? 'n/a' : `${(report.changeFailureRate * 100).toFixed(1)}% (${report.failedDeployments} failed)`;
    io.stdout.write(`${repo.name}: ${report.from} → ${report.to}\n`);
    io.stdout.write(textTable(['FIGURE', 'VALUE'], [
      ['deployment frequency', `${report.deploymentsPerDay.toFixed(2)} successful a day (${report.deployments} deployments, ${report.rollouts} versions)`],
      ['lead time for changes', showMeasure(report.leadTime)],
      ['change failure rate', rate],
      ['time to restore', `${showMeasure(report.timeToRestore)}${report.unrestored ? `, ${report.unrestored} not restored` : ''}`],
    ]));
    if (report.environments) {
      io.stdout.write(textTable(['ENVIRONMENT', 'CHANGES', 'FAILED', 'FAILURE RATE', 'TIME TO RESTORE'], Object.entries(report.environments).map(([env, f]) => [
        env, String(f.rollouts), String(f.failedDeployments), f.changeFailureRate === undefined ? 'n/a' : `${(f.changeFailureRate * 100).toFixed(1)}%`, showMeasure(f.timeToRestore),
      ])));
    }
    if (repo.client) io.stdout.write(`${requests.total} API requests (${requests.pages} pages, ${requests.statuses} statuses, ${requests.commits} commits)\n`);
    if (statusCoverage.read < statusCoverage.of) io.stdout.write(`statuses read for the newest ${statusCoverage.read} of ${statusCoverage.of} deployments; older ones judged by rollbacks alone\n`);
    return 0;
  },
};

/**
 * GitHub: the shared reader (commit times give lead time). The local state
 * has no commits, so lead time is n/a there; reading every status costs
 * nothing locally, so each deployment's state is exact.
 */
async function readDoraOf(repo: OpenRepository, windowMs: number, byEnvironment: boolean): Promise<DoraReading> {
  if (repo.client) return readDora(repo.store, repo.client, { windowMs, byEnvironment });
  const now = new Date();
  const { facts, pages } = await listDeploymentFacts(repo.store, { since: new Date(now.getTime() - windowMs) });
  const statuses = await readAllStates(repo.store, facts);
  const report = computeDora({ facts, to: now, windowMs, commitTimes: new Map(), byEnvironment });
  return { report, facts, statusCoverage: { read: statuses, of: facts.length }, requests: { pages, statuses, commits: 0, total: pages + statuses } };
}
