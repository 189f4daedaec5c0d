// The servers the test suite starts itself but cannot install: today, Prometheus (a Debian package).
// Tests start and stop their own instances by pid; this only checks the binary is there, so a
// machine without it fails at once with one line saying what to install, never green with a
// suite missing. .ci/run installs it on CI machines (as root) before running the tests.
import { existsSync } from 'node:fs';

/** Where the Prometheus binary is expected (the Prometheus tests read the same variable). */
export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';

/** Returns one line naming what is missing and how to install it, or undefined when all is there. */
export function checkTestServers() {
  if (!existsSync(PROMETHEUS_BIN)) {
    return `npm test needs Prometheus at ${PROMETHEUS_BIN} (the prometheus probe tests run a real one): install it with \`sudo apt-get install -y prometheus\` (Debian/Ubuntu) or set PROMETHEUS_BIN to its path; .ci/run installs it on CI`;
  }
  return undefined;
}
