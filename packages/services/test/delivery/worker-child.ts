// Run as a child process by worker-kill.test.ts: a delivery worker over the database given as JSON in argv[2],
// polling until it is killed. It prints "claimed N" lines so the parent can see it working.
import { openDatabase, type DatabaseOptions } from '@duban/storage';
import { createDeliveryWorker } from '../../src/index.js';

const options = JSON.parse(process.argv[2]!) as DatabaseOptions;
const open = await openDatabase(options);
const worker = createDeliveryWorker(open.db, {
  leaseMs: 1500,
  batchSize: 5,
  pollMs: 20,
  baseDelayMs: 20,
  log: (l) => process.stdout.write(`${l}\n`),
});
worker.start();
process.stdout.write('started\n');
