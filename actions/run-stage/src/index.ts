import { loadProxySupport } from '@stagegate/action-kit';

// Behind a proxy, @actions/github builds its proxy agent while it loads: undici must be
// ready before main.js (and what it imports) is evaluated, hence the dynamic import.
await loadProxySupport(process.env);
const { main } = await import('./main.js');
await main();
