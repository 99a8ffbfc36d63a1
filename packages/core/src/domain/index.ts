export * from './iso-date.js';
export * from './reporting-periods.js';
export * from './task-status.js';
export * from './task-state.js';
export * from './supervision-colour.js';
export * from './indicator-achievement.js';
export * from './on-time-rate.js';
export * from './notice-number.js';
