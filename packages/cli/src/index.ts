export { main } from './main.js';
export { startServer, SAMPLES_DIR, WEB_DIST, type StartServerOptions, type RunningServer } from './server.js';
export { loadConfig, sessionSecret, type Config } from './config.js';
export { openRuntime, type Runtime } from './runtime.js';
