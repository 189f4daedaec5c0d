/** @stagegate/local-store: the Deployments store of local runs, a JSON file under .stagegate/. */
export * from './local-deployment-store.js';
export * from './state-file.js';
export * from './state-lock.js';
