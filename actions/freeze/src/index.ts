import { loadProxySupport } from '@stagegate/action-kit';

// Behind a proxy, @actions/github builds its proxy agent while it loads: undici must be
// ready before main.js (and what it imports) is evaluated, hence the dynamic import.
await loadProxySupport(process.env);
const { main } = await import('./main.js');
await main();
// Every wait of the step is bounded, but a request it stopped waiting for (a GitHub or a webhook
// that never answers) still holds its socket and would keep the process alive: end the step
// shortly after its result is written, as the bounds promised.
setTimeout(() => process.exit(), 1000).unref();
