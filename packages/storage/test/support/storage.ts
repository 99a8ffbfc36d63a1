// The storage API under test, plus the JSON dump used to compare databases.
export * from '../../src/index.js';
export { dumpJson as dumpJsonForTest } from '../../src/backup.js';
