// Times each dashboard query on its own (a development aid: `node --conditions=source --import tsx scripts/bench/profile-dashboard.ts [dir]`).
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import path from 'node:path';
import {
  dashboardAggregates,
  latestIndicatorValues,
  migrateToLatest,
  openDatabase,
  plansOfJurisdiction,
  reportingDb,
} from '@duban/storage';
import { generateProvince, scaledProvince } from './generate-province.js';
import { timeSql } from './measure.js';

const dir = process.argv[2] ?? path.join(process.cwd(), 'data', 'bench-profile');
const pg = process.argv[3];
const missingFile = !existsSync(path.join(dir, 'duban.sqlite'));
const open = pg ? await openDatabase({ url: pg, schema: 'dubanprofile' }) : await openDatabase({ dataDir: dir });
const fresh = pg ? (await migrateToLatest(open.db)).length > 0 : missingFile;
await migrateToLatest(open.db);
const db = reportingDb(open.db);
if (fresh) await generateProvince(db, scaledProvince(Number(process.env.PROFILE_SCALE ?? 0.02)), (l) => console.error(l));
if (fresh) await sql`ANALYZE`.execute(open.db);
const city = (await db.selectFrom('jurisdictions').select('id').where('level', '=', 'city').executeTakeFirstOrThrow()).id;
const ids = await plansOfJurisdiction(db, city);
const today = '2027-01-10';
const show = (name: string, f: { p50: number; p95: number }) =>
  console.log(`${name.padEnd(28)} p50 ${f.p50.toFixed(2)} ms  p95 ${f.p95.toFixed(2)} ms`);
show('plansOfJurisdiction', await timeSql(50, () => plansOfJurisdiction(db, city)));
show('dashboardAggregates', await timeSql(30, () => dashboardAggregates(db, ids, today)));
show('latestIndicatorValues', await timeSql(30, () => latestIndicatorValues(db, ids)));
await open.close();
