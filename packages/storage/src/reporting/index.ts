export type * from './schema.js';
export * from './types.js';
export * from './periods.js';
export * from './reports.js';
export * from './evidence.js';
export * from './indicator-values.js';
export * from './notices.js';
export * from './supervision.js';
export * from './dashboard.js';
