export { main } from './main.js';
// The server composition lives in @duban/api; re-exported for callers that still import it from here.
export { startServer, SAMPLES_DIR, WEB_DIST, type StartServerOptions, type RunningServer } from '@duban/api';
export { loadConfig, sessionSecret, type Config } from './config.js';
export { openRuntime, type Runtime } from '@duban/services';
