// lint-as: packages/api/test/lint-fixture.test.ts
// expect: none
import { dropPostgresSchema } from '@duban/storage';
import { robotReceiver } from '../../services/test/delivery/receivers.js';
import { startTestServer } from './support/servers.js';

export const used = [dropPostgresSchema, robotReceiver, startTestServer];
