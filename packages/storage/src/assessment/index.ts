export * from './schema.js';
export * from './periods.js';
export * from './results.js';
export * from './facts.js';
