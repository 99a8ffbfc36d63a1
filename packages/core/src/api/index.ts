// Request and response schemas of the HTTP API, shared by the server (validation, OpenAPI) and the web app (types).
export * from './common.js';
export * from './auth.js';
export * from './directory.js';
export * from './plans.js';
export * from './plan-board.js';
export * from './audit.js';
export * from './reporting.js';
export * from './supervision.js';
export * from './plan-editing.js';
export * from './outputs.js';
export * from './delivery.js';
export * from './assessment-rubric.js';
export * from './assessment.js';
export * from './lists.js';
export * from './contract.js';
