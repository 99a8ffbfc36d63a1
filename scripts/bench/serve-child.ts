// The server under benchmark, in its own process so the load generator does not share its event loop.
// Configured by environment; prints one JSON line {"url": …} once listening; stops on SIGTERM.
import path from 'node:path';
import { startServer } from '@duban/api';

const env = process.env;
const today = env.BENCH_TODAY ?? new Date().toISOString().slice(0, 10);
const server = await startServer({
  dataDir: env.BENCH_DATA_DIR!,
  port: 0,
  host: '127.0.0.1',
  adminPassword: env.BENCH_ADMIN_PASSWORD!,
  webDist: path.join(env.BENCH_DATA_DIR!, 'no-web'),
  logger: false,
  today: () => today,
  ...(env.BENCH_DB_URL ? { databaseUrl: env.BENCH_DB_URL, schema: env.BENCH_SCHEMA! } : {}),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
