import type { CliCommand } from '../io.js';

/** The published CLI's `demo`: the demo needs the fake GitHub and fleet, which only a clone has. */
export const demoElsewhereCommand: CliCommand = {
  summary: 'the demo (two rollouts on a loopback fleet) runs from a clone of stagegate',
  usage: 'git clone https://github.com/stagegate/stagegate && cd stagegate && npm ci && npm run demo',
  async run(_args, io) {
    io.stderr.write('stagegate demo: the demo runs from a clone of stagegate (it starts a fake GitHub and a fleet that the published package does not carry):\n  git clone https://github.com/stagegate/stagegate && cd stagegate && npm ci && npm run demo\n');
    return 1;
  },
};
