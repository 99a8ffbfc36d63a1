import { startServer } from '@duban/cli';
const s = await startServer({ dataDir: '/tmp/h6/data-' + Date.now(), port: 5199, demo: true, adminPassword: 'admin-pass-123' });
console.log(s.url, JSON.stringify(s.demo?.users));
setInterval(() => {}, 1 << 30);
