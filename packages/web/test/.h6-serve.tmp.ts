import { startServer } from '@duban/cli';
console.log('imported');
const s = await startServer({ dataDir: '/tmp/h6/data-' + Date.now(), port: 5199, demo: false, adminPassword: 'admin-pass-123' });
console.log(s.url);
await s.close();
