import { DEFAULT_RUBRIC } from '@duban/core';
import { CALLERS, made, versionOf, type Caller, type World } from './matrix-world.js';

/** One request of the matrix and the status each kind of caller must get. */
export interface MatrixCase {
  what: string;
  path(w: World, who: Caller): string | Promise<string>;
  body?(w: World, who: Caller): unknown;
  /** Send the body as multipart/form-data with one small text file. */
  multipart?: boolean;
  /** Use a new session/token of the caller's kind (the request ends or changes it). */
  fresh?: boolean;
  expect: Record<Caller, number>;
}

type Statuses = Partial<Record<Caller, number>>;

/** `base` for every signed-in caller, 401 for anonymous, with overrides. */
function e(base: number, overrides: Statuses = {}): Record<Caller, number> {
  return { ...(Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 401 : base])) as Record<Caller, number>), ...overrides };
}
const readers = (s = 200) => e(s);
const adminOnly = (s: number, overrides: Statuses = {}) => e(403, { admin: s, ...overrides });
const draftHidden = (s = 200) => e(404, { admin: s });
const liaisonAOrOffice = (s: number, overrides: Statuses = {}) => e(403, { liaisonA: s, token: s, admin: s, ...overrides });

const u = (p: string) => () => p;
/** Adds an empty one-month period to the published plan, in a year of its own per caller and `base`, and returns its id. */
async function emptyPeriod(w: World, who: Caller, base: number): Promise<string> {
  const year = base + CALLERS.indexOf(who);
  const r = await w.admin.post(`/api/plans/${w.published}/periods`, {
    kind: 'custom',
    start: `${year}-01-01`,
    end: `${year}-01-31`,
    ranges: [{ start: `${year}-01-01`, end: `${year}-01-31` }],
  });
  return (r.body as { items: { id: string }[] }).items[0]!.id;
}
const BLOCKS = {
  header: '',
  title: '通报',
  addressee: '',
  opening: '现将情况通报如下。',
  praise: '',
  problems: '',
  requirements: '',
  issuer: '办公室',
};
/** A new bulletin draft of the published plan (admin), and the same one issued. */
const bulletinDraft = (w: World) => made(w, '/api/bulletins', { planId: w.published, periodId: w.periods['2026年3月'] });
async function bulletinIssued(w: World): Promise<string> {
  const id = await bulletinDraft(w);
  await w.admin.post(`/api/bulletins/${id}/issue`, { version: 1 });
  return id;
}
/** A new assessment period of the published plan, moved through `steps` by the office; its id and liaisonA's unit's result. */
async function assessmentPeriod(
  w: World,
  steps: ('self_assessment' | 'scoring' | 'locked')[] = [],
): Promise<{ id: string; resultA: string }> {
  const id = await made(w, `/api/plans/${w.published}/assessment-periods`, {
    name: `考核${Math.random().toString(36).slice(2, 8)}`,
    start: '2026-01-01',
    end: '2026-06-30',
  });
  let detail = (await w.admin.get(`/api/assessment-periods/${id}`)).body;
  for (const status of steps)
    detail = (await w.admin.post(`/api/assessment-periods/${id}/status`, { version: detail.period.version, status })).body;
  const result = (detail.results ?? []).find((r: { unitId: string }) => r.unitId === w.unitA);
  return { id, resultA: result?.id ?? 'none' };
}
const tag = (who: Caller) => `${who}-${Math.random().toString(36).slice(2, 8)}`;
/** A disabled WeCom channel to a public address literal (nothing is resolved, and the worker never sends it). */
const channelBody = (who: Caller) => ({
  name: `机器人${tag(who)}`,
  jurisdictionId: null,
  enabled: false,
  config: { kind: 'wecom', url: 'https://203.0.113.7/cgi-bin/webhook/send?key=k' },
});

/**
 * The rule table of the generated authorization matrix, keyed by `METHOD url` exactly as in the route table.
 * liaisonA's unit (市体育局) leads the published plan's task; liaisonB's (市民政局) has no part in it; `token` is
 * liaisonA's API token. A route added without a key here fails the matrix test.
 */
export const RULES: Record<string, MatrixCase[]> = {
  'GET /api/health': [{ what: 'health', path: u('/api/health'), expect: e(200, { anonymous: 200 }) }],
  'GET /api/audit': [{ what: 'audit log', path: u('/api/audit'), expect: adminOnly(200, { leader: 200 }) }],
  'POST /api/auth/login': [
    {
      what: 'sign in',
      fresh: true,
      path: u('/api/auth/login'),
      body: () => ({ username: 'viewer', password: 'password-123' }),
      expect: e(200, { anonymous: 200 }),
    },
  ],
  'POST /api/auth/logout': [{ what: 'sign out', fresh: true, path: u('/api/auth/logout'), expect: readers() }],
  'POST /api/auth/reauth': [
    {
      what: 'confirm identity (wrong password)',
      fresh: true,
      path: u('/api/auth/reauth'),
      body: () => ({ password: 'not-the-password' }),
      expect: e(400, { token: 403 }),
    },
  ],
  'GET /api/auth/me': [{ what: 'who am I', path: u('/api/auth/me'), expect: readers() }],
  'POST /api/auth/password': [
    {
      what: 'change password (wrong old one)',
      fresh: true,
      path: u('/api/auth/password'),
      body: () => ({ oldPassword: 'not-the-password', newPassword: 'another-password-456' }),
      expect: readers(400),
    },
  ],
  'POST /api/tokens': [
    {
      what: 'create a token (only from a signed-in session)',
      path: u('/api/tokens'),
      body: (_w, who) => ({ name: tag(who) }),
      expect: e(201, { token: 403 }),
    },
  ],
  'GET /api/tokens': [{ what: 'list own tokens', path: u('/api/tokens'), expect: readers() }],
  'DELETE /api/tokens/:id': [
    {
      what: "revoke the office's token",
      path: async (w) => `/api/tokens/${await made(w, '/api/tokens', { name: 'victim' })}`,
      expect: e(404, { admin: 204 }),
    },
  ],
  'GET /api/units': [{ what: 'directory', path: u('/api/units'), expect: readers() }],
  'GET /api/units/suggest': [{ what: 'suggest units', path: u('/api/units/suggest?name=体育局'), expect: readers() }],
  'POST /api/units': [
    { what: 'add a unit', path: u('/api/units'), body: (_w, who) => ({ name: `单位${tag(who)}` }), expect: adminOnly(201) },
  ],
  'PATCH /api/units/:id': [
    {
      what: 'edit unit B',
      path: (w) => `/api/units/${w.unitB}`,
      body: async (w) => ({
        version: (await w.admin.get('/api/units')).body.find((x: { id: string }) => x.id === w.unitB).version,
        shortName: '民政',
      }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/units/:id/merge': [
    {
      what: 'merge two units',
      path: async (w, who) => `/api/units/${await made(w, '/api/units', { name: `并入${tag(who)}` })}/merge`,
      body: async (w, who) => ({ intoId: await made(w, '/api/units', { name: `保留${tag(who)}` }) }),
      expect: adminOnly(200),
    },
  ],
  'DELETE /api/units/:id': [
    {
      what: 'delete an unused unit',
      path: async (w, who) => `/api/units/${await made(w, '/api/units', { name: `删除${tag(who)}` })}`,
      expect: adminOnly(204),
    },
  ],
  'GET /api/jurisdictions': [{ what: 'jurisdictions', path: u('/api/jurisdictions'), expect: readers() }],
  'POST /api/jurisdictions': [
    {
      what: 'add a jurisdiction',
      path: u('/api/jurisdictions'),
      body: (_w, who) => ({ name: `区${tag(who)}`, level: 'county' }),
      expect: adminOnly(201),
    },
  ],
  'DELETE /api/jurisdictions/:id': [
    {
      what: 'delete a jurisdiction',
      path: async (w, who) => `/api/jurisdictions/${await made(w, '/api/jurisdictions', { name: `删${tag(who)}`, level: 'county' })}`,
      expect: adminOnly(204),
    },
  ],
  'GET /api/users': [{ what: 'list users', path: u('/api/users'), expect: adminOnly(200) }],
  'POST /api/users': [
    {
      what: 'add a user',
      path: u('/api/users'),
      body: (_w, who) => ({ username: tag(who), password: 'password-123', roles: [{ role: 'viewer' }] }),
      expect: adminOnly(201),
    },
  ],
  'PATCH /api/users/:id': [
    {
      what: 'edit a user',
      path: async (w, who) =>
        `/api/users/${await made(w, '/api/users', { username: tag(who), password: 'password-123', roles: [{ role: 'viewer' }] })}`,
      body: () => ({ version: 1, displayName: '改名' }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/plans/import': [
    {
      what: 'import a plan',
      path: u('/api/plans/import'),
      body: () => ({ fileName: 'x.txt', text: '青川市某某工作方案\n（一）开展宣传。（牵头单位：市体育局）持续推进。\n' }),
      expect: adminOnly(201),
    },
  ],
  'GET /api/plans': [{ what: 'list plans', path: u('/api/plans'), expect: readers() }],
  'GET /api/plans/:id': [
    { what: 'a published plan', path: (w) => `/api/plans/${w.published}`, expect: readers() },
    { what: 'a draft plan', path: (w) => `/api/plans/${w.draft}`, expect: draftHidden() },
  ],
  'GET /api/plans/:id/board': [
    { what: 'board of a published plan', path: (w) => `/api/plans/${w.published}/board`, expect: readers() },
    { what: 'board of a draft', path: (w) => `/api/plans/${w.draft}/board`, expect: draftHidden() },
  ],
  'GET /api/plans/:id/source': [
    { what: 'source of a published plan', path: (w) => `/api/plans/${w.published}/source`, expect: readers() },
    { what: 'source of a draft', path: (w) => `/api/plans/${w.draft}/source`, expect: draftHidden() },
  ],
  'GET /api/plans/:id/document': [
    { what: 'original file of a draft', path: (w) => `/api/plans/${w.draft}/document`, expect: draftHidden() },
  ],
  'PATCH /api/plans/:id': [
    {
      what: 'edit a draft',
      path: (w) => `/api/plans/${w.draft}`,
      body: async (w) => ({ version: await versionOf(w, `/api/plans/${w.draft}`), issuer: '市政府' }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/plans/:id/publish': [
    { what: 'publish an unmapped draft', path: (w) => `/api/plans/${w.unpublishable}/publish`, expect: adminOnly(400) },
  ],
  'DELETE /api/plans/:id': [
    {
      what: 'delete a draft',
      path: async (w) =>
        `/api/plans/${await made(w, '/api/plans/import', { fileName: 'd.txt', text: '青川市某某工作方案\n（一）开展宣传。（牵头单位：市体育局）持续推进。\n' })}`,
      expect: adminOnly(204),
    },
  ],
  'GET /api/tasks': [{ what: 'list tasks', path: u('/api/tasks'), expect: readers() }],
  'GET /api/tasks/:id': [
    { what: 'a published task', path: (w) => `/api/tasks/${w.task}`, expect: readers() },
    { what: 'a draft task', path: (w) => `/api/tasks/${w.draftTask}`, expect: draftHidden() },
  ],
  'PATCH /api/tasks/:id': [
    {
      what: 'edit a task',
      path: (w) => `/api/tasks/${w.task}`,
      body: async (w) => ({ version: await versionOf(w, `/api/tasks/${w.task}`), deadlineText: '年底前', reason: '核对' }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/plans/:id/tasks': [
    {
      what: 'add a task to a draft',
      path: (w) => `/api/plans/${w.draft}/tasks`,
      body: () => ({ text: '开展健身指导。' }),
      expect: adminOnly(201),
    },
  ],
  'DELETE /api/tasks/:id': [
    {
      what: 'remove a draft task',
      path: async (w) => `/api/tasks/${await made(w, `/api/plans/${w.draft}/tasks`, { text: '临时任务。' })}`,
      expect: adminOnly(204),
    },
  ],
  'POST /api/tasks/:id/split': [
    {
      what: 'split a draft task',
      path: async (w) => `/api/tasks/${await made(w, `/api/plans/${w.draft}/tasks`, { text: '待拆分的任务。' })}/split`,
      body: () => ({ version: 1, parts: [{ text: '第一部分。' }, { text: '第二部分。' }] }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/plans/:id/tasks/merge': [
    {
      what: 'merge two draft tasks',
      path: (w) => `/api/plans/${w.draft}/tasks/merge`,
      body: async (w) => ({
        taskIds: [
          await made(w, `/api/plans/${w.draft}/tasks`, { text: '合并甲。' }),
          await made(w, `/api/plans/${w.draft}/tasks`, { text: '合并乙。' }),
        ],
      }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/plans/:id/tasks/reorder': [
    {
      what: "reorder a draft's tasks",
      path: (w) => `/api/plans/${w.draft}/tasks/reorder`,
      body: async (w) => ({
        taskIds: ((await w.admin.get(`/api/plans/${w.draft}`)).body.tasks as { id: string }[]).map((t) => t.id).reverse(),
      }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/plans/:id/tasks/bulk': [
    {
      what: 'set the deadline of a published task, with a reason',
      path: (w) => `/api/plans/${w.published}/tasks/bulk`,
      body: (w) => ({ taskIds: [w.task], ongoing: true, reason: '统一调整为持续推进' }),
      expect: adminOnly(200),
    },
  ],
  'GET /api/delivery/channels': [{ what: 'notification channels', path: u('/api/delivery/channels'), expect: adminOnly(200) }],
  'POST /api/delivery/channels': [
    { what: 'add a channel', path: u('/api/delivery/channels'), body: (_w, who) => channelBody(who), expect: adminOnly(201) },
  ],
  'PATCH /api/delivery/channels/:id': [
    {
      what: 'rename a channel',
      path: async (w, who) => `/api/delivery/channels/${await made(w, '/api/delivery/channels', channelBody(who))}`,
      body: () => ({ name: '改名' }),
      expect: adminOnly(200),
    },
  ],
  'DELETE /api/delivery/channels/:id': [
    {
      what: 'delete a channel',
      path: async (w, who) => `/api/delivery/channels/${await made(w, '/api/delivery/channels', channelBody(who))}`,
      expect: adminOnly(204),
    },
  ],
  'POST /api/delivery/channels/:id/test': [
    {
      what: 'test-send',
      path: async (w, who) => `/api/delivery/channels/${await made(w, '/api/delivery/channels', channelBody(who))}/test`,
      body: () => ({}),
      expect: adminOnly(202),
    },
  ],
  'GET /api/delivery/log': [{ what: 'delivery log', path: u('/api/delivery/log'), expect: adminOnly(200) }],
  'POST /api/delivery/log/:id/retry': [
    {
      what: 'retry a delivery (none such: authorisation comes first)',
      path: u('/api/delivery/log/no-such-delivery/retry'),
      body: () => ({}),
      expect: adminOnly(404),
    },
  ],
  'GET /api/notifications': [{ what: 'own notifications', path: u('/api/notifications'), expect: readers() }],
  'POST /api/notifications/read': [
    { what: 'mark all read', path: u('/api/notifications/read'), body: () => ({ all: true }), expect: readers() },
  ],
  'POST /api/tasks/:id/comments': [
    {
      what: 'comment on a published task',
      path: (w) => `/api/tasks/${w.task}/comments`,
      body: () => ({ body: '已收到' }),
      expect: e(201, { liaisonB: 403, viewer: 403 }),
    },
    {
      what: 'comment on a draft task',
      path: (w) => `/api/tasks/${w.draftTask}/comments`,
      body: () => ({ body: '已收到' }),
      expect: e(404, { admin: 201 }),
    },
  ],
  'POST /api/tasks/:id/instructions': [
    {
      what: 'write an instruction (批示)',
      path: (w) => `/api/tasks/${w.task}/instructions`,
      body: () => ({ body: '抓紧落实' }),
      expect: adminOnly(201, { leader: 201 }),
    },
  ],
  'GET /api/indicators': [{ what: 'indicators of a plan', path: (w) => `/api/indicators?plan=${w.published}`, expect: readers() }],
  'PATCH /api/indicators/:id': [
    {
      what: 'edit an indicator',
      path: (w) => `/api/indicators/${w.indicator}`,
      body: async (w) => ({ version: await versionOf(w, `/api/indicators/${w.indicator}`), text: '经常参加体育锻炼人数比例' }),
      expect: adminOnly(200),
    },
  ],
  'GET /api/plans/:id/periods': [
    { what: 'periods of a published plan', path: (w) => `/api/plans/${w.published}/periods`, expect: readers() },
    { what: 'periods of a draft', path: (w) => `/api/plans/${w.draft}/periods`, expect: draftHidden() },
  ],
  'POST /api/plans/:id/periods': [
    {
      what: 'add periods',
      path: (w) => `/api/plans/${w.published}/periods`,
      body: () => ({ kind: 'custom', start: '2027-01-01', end: '2027-01-31', ranges: [{ start: '2027-01-01', end: '2027-01-31' }] }),
      expect: adminOnly(201),
    },
  ],
  'PATCH /api/periods/:id': [
    {
      what: 'rename an empty period',
      path: async (w, who) => `/api/periods/${await emptyPeriod(w, who, 2030)}`,
      body: () => ({ label: '一月' }),
      expect: adminOnly(200),
    },
  ],
  'DELETE /api/periods/:id': [
    { what: 'delete an empty period', path: async (w, who) => `/api/periods/${await emptyPeriod(w, who, 2040)}`, expect: adminOnly(204) },
  ],
  'POST /api/plans/:id/indicator-owners': [
    {
      what: 'assign an indicator owner',
      path: (w) => `/api/plans/${w.published}/indicator-owners`,
      body: (w) => ({ indicatorIds: [w.indicator], unitId: w.unitA }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/evidence': [
    {
      what: 'stage evidence',
      multipart: true,
      path: u('/api/evidence'),
      expect: e(403, { liaisonA: 201, liaisonB: 201, token: 201, admin: 201 }),
    },
  ],
  'GET /api/inbox': [{ what: 'inbox', path: u('/api/inbox'), expect: readers() }],
  'POST /api/reports': [
    {
      what: 'submit a report',
      path: u('/api/reports'),
      body: (w, who) => ({
        taskId: w.task,
        periodId: w.periods[{ liaisonA: '2026年5月', token: '2026年6月', admin: '2026年7月' }[who as string] ?? '2026年8月'],
        unitId: who === 'liaisonB' ? undefined : w.unitA,
        narrative: '推进中。',
        percent: 50,
      }),
      expect: liaisonAOrOffice(201),
    },
  ],
  'GET /api/reports': [{ what: 'list reports', path: u('/api/reports'), expect: readers() }],
  'GET /api/reports/:id': [{ what: 'a submitted report', path: (w) => `/api/reports/${w.report}`, expect: readers() }],
  'PATCH /api/reports/:id': [
    {
      what: 'resubmit a report',
      path: (w) => `/api/reports/${w.report}`,
      body: async (w) => ({ version: await versionOf(w, `/api/reports/${w.report}`), percent: 35 }),
      expect: liaisonAOrOffice(200),
    },
  ],
  'POST /api/reports/:id/return': [
    {
      what: 'return a report',
      path: (w) => `/api/reports/${w.reviewReport}/return`,
      body: () => ({ reason: '请补充数据' }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/reports/:id/accept': [
    { what: 'accept a report', path: (w) => `/api/reports/${w.report}/accept`, body: () => ({}), expect: adminOnly(200) },
  ],
  'POST /api/reports/:id/evidence': [
    {
      what: 'upload evidence',
      multipart: true,
      path: (w) => `/api/reports/${w.reviewReport}/evidence`,
      expect: liaisonAOrOffice(201, { liaisonB: 404 }),
    },
  ],
  'GET /api/reports/:id/evidence/:evidenceId': [
    { what: 'download evidence', path: (w) => `/api/reports/${w.report}/evidence/${w.evidence}`, expect: readers() },
  ],
  'POST /api/indicators/:id/values': [
    {
      what: 'report a value',
      path: (w) => `/api/indicators/${w.indicator}/values`,
      body: (w, who) => ({ periodId: w.periods['2026年5月'], unitId: who === 'liaisonB' ? undefined : w.unitA, value: 35 }),
      expect: liaisonAOrOffice(201),
    },
    {
      what: 'report an implausible value',
      path: (w) => `/api/indicators/${w.indicator}/values`,
      body: (w) => ({ periodId: w.periods['2026年5月'], unitId: w.unitA, value: -49974.5 }),
      expect: liaisonAOrOffice(400, { liaisonB: 403 }),
    },
    {
      what: 'report a value of a draft indicator',
      path: (w) => `/api/indicators/${w.draftIndicator}/values`,
      body: (w) => ({ periodId: w.periods['2026年5月'], unitId: w.unitA, value: 35 }),
      expect: liaisonAOrOffice(404, { liaisonB: 403 }),
    },
  ],
  'GET /api/indicators/:id': [
    { what: 'a published indicator', path: (w) => `/api/indicators/${w.indicator}`, expect: readers() },
    { what: 'a draft indicator', path: (w) => `/api/indicators/${w.draftIndicator}`, expect: draftHidden() },
  ],
  'GET /api/supervision': [{ what: 'supervision colours', path: (w) => `/api/supervision?plan=${w.published}`, expect: readers() }],
  'POST /api/tasks/:id/suspension': [
    {
      what: 'resume a task',
      path: (w) => `/api/tasks/${w.task}/suspension`,
      body: () => ({ suspended: false, reason: '核对' }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/notices': [
    {
      what: 'issue a notice',
      path: u('/api/notices'),
      body: (w) => ({ taskId: w.task, unitId: w.unitA, reason: '请加快进度', due: w.dueNextYear }),
      expect: adminOnly(201),
    },
    {
      what: 'issue a notice on a draft task',
      path: u('/api/notices'),
      body: (w) => ({ taskId: w.draftTask, unitId: w.unitA, reason: '请加快进度', due: w.dueNextYear }),
      expect: adminOnly(404),
    },
  ],
  'GET /api/notices': [{ what: 'list notices', path: u('/api/notices'), expect: readers() }],
  'GET /api/notices/:id': [
    { what: "a notice to liaisonA's unit", path: (w) => `/api/notices/${w.notice}`, expect: e(200, { liaisonB: 404 }) },
  ],
  'POST /api/notices/:id/replies': [
    {
      what: 'reply to a notice',
      path: (w) => `/api/notices/${w.notice}/replies`,
      body: () => ({ body: '已整改' }),
      expect: liaisonAOrOffice(201, { liaisonB: 404 }),
    },
  ],
  'POST /api/notices/:id/close': [
    { what: 'close a notice', path: (w) => `/api/notices/${w.notice}/close`, body: () => ({}), expect: adminOnly(200) },
  ],
  'GET /api/plans/:id/assessment-periods': [
    { what: 'assessment periods of a published plan', path: (w) => `/api/plans/${w.published}/assessment-periods`, expect: readers() },
    { what: 'assessment periods of a draft', path: (w) => `/api/plans/${w.draft}/assessment-periods`, expect: draftHidden() },
  ],
  'POST /api/plans/:id/assessment-periods': [
    {
      what: 'create an assessment period',
      path: (w) => `/api/plans/${w.published}/assessment-periods`,
      body: () => ({ name: '2026年上半年', start: '2026-01-01', end: '2026-06-30' }),
      expect: adminOnly(201),
    },
  ],
  'GET /api/assessment-periods/:id': [
    { what: 'an assessment period', path: async (w) => `/api/assessment-periods/${(await assessmentPeriod(w)).id}`, expect: readers() },
  ],
  'PUT /api/assessment-periods/:id/rubric': [
    {
      what: 'save a rubric version',
      path: async (w) => `/api/assessment-periods/${(await assessmentPeriod(w)).id}/rubric`,
      body: () => ({ version: 1, rubric: DEFAULT_RUBRIC }),
      expect: adminOnly(200),
    },
  ],
  'PUT /api/assessment-periods/:id/adjustments': [
    {
      what: 'set bonuses and vetoes',
      path: async (w) => `/api/assessment-periods/${(await assessmentPeriod(w)).id}/adjustments`,
      body: (w) => ({ version: 1, bonuses: [{ unitId: w.unitA, points: 1, reason: '省级推广' }], vetoes: [] }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/assessment-periods/:id/compute': [
    {
      what: 'compute scores',
      path: async (w) => `/api/assessment-periods/${(await assessmentPeriod(w)).id}/compute`,
      expect: adminOnly(200),
    },
  ],
  'POST /api/assessment-periods/:id/status': [
    {
      what: 'open self-assessment',
      path: async (w) => `/api/assessment-periods/${(await assessmentPeriod(w)).id}/status`,
      body: () => ({ version: 1, status: 'self_assessment' }),
      expect: adminOnly(200),
    },
  ],
  'PUT /api/assessment-results/:id/self': [
    {
      what: "liaisonA's unit self-assesses",
      path: async (w) => `/api/assessment-results/${(await assessmentPeriod(w, ['self_assessment'])).resultA}/self`,
      body: () => ({ version: 1, score: 80, note: '按时完成' }),
      expect: liaisonAOrOffice(200),
    },
  ],
  'POST /api/assessment-results/:id/self/return': [
    {
      what: "return liaisonA's submitted self-assessment",
      path: async (w) => {
        const id = (await assessmentPeriod(w, ['self_assessment'])).resultA;
        await w.admin.request('PUT', `/api/assessment-results/${id}/self`, { version: 1, score: 80, note: '按时完成' });
        return `/api/assessment-results/${id}/self/return`;
      },
      body: () => ({ reason: '佐证不足' }),
      expect: adminOnly(200),
    },
  ],
  'PUT /api/assessment-results/:id/office': [
    {
      what: 'the office scores',
      path: async (w) => `/api/assessment-results/${(await assessmentPeriod(w, ['self_assessment', 'scoring'])).resultA}/office`,
      body: () => ({ version: 1, changes: [{ points: 1, reason: '补录表彰' }] }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/assessment-results/:id/revisions': [
    {
      what: 'revise a locked result',
      path: async (w) =>
        `/api/assessment-results/${(await assessmentPeriod(w, ['self_assessment', 'scoring', 'locked'])).resultA}/revisions`,
      body: () => ({ reason: '更正漏记的表彰' }),
      expect: adminOnly(201),
    },
  ],
  'GET /api/assessment-results/:id/revisions': [
    {
      what: 'revisions of a locked result',
      path: async (w) =>
        `/api/assessment-results/${(await assessmentPeriod(w, ['self_assessment', 'scoring', 'locked'])).resultA}/revisions`,
      expect: readers(),
    },
  ],
  'GET /api/assessment/ranking': [
    { what: 'ranking of a plan', path: (w) => `/api/assessment/ranking?plan=${w.published}`, expect: readers() },
  ],
  'GET /api/dashboard': [{ what: 'dashboard', path: (w) => `/api/dashboard?plan=${w.published}`, expect: readers() }],
  'GET /api/plans/:id/bulletin-template': [
    { what: 'bulletin template', path: (w) => `/api/plans/${w.published}/bulletin-template`, expect: readers() },
  ],
  'PUT /api/plans/:id/bulletin-template': [
    {
      what: 'save the bulletin template',
      path: (w) => `/api/plans/${w.published}/bulletin-template`,
      body: () => ({ blocks: BLOCKS }),
      expect: adminOnly(200),
    },
  ],
  'GET /api/jurisdictions/:id/bulletin-template': [
    {
      what: "a jurisdiction's bulletin template",
      path: async (w, who) =>
        `/api/jurisdictions/${await made(w, '/api/jurisdictions', { name: `模板区${tag(who)}`, level: 'county' })}/bulletin-template`,
      expect: readers(),
    },
  ],
  'PUT /api/jurisdictions/:id/bulletin-template': [
    {
      what: "save a jurisdiction's bulletin template",
      path: async (w, who) =>
        `/api/jurisdictions/${await made(w, '/api/jurisdictions', { name: `存模板区${tag(who)}`, level: 'county' })}/bulletin-template`,
      body: () => ({ blocks: BLOCKS }),
      expect: adminOnly(200),
    },
  ],
  'GET /api/bulletins': [{ what: 'list bulletins', path: (w) => `/api/bulletins?plan=${w.published}`, expect: readers() }],
  'POST /api/bulletins': [
    {
      what: 'generate a bulletin',
      path: u('/api/bulletins'),
      body: (w) => ({ planId: w.published, periodId: w.periods['2026年3月'] }),
      expect: adminOnly(201),
    },
  ],
  'GET /api/bulletins/:id': [
    { what: 'a bulletin draft', path: async (w) => `/api/bulletins/${await bulletinDraft(w)}`, expect: e(404, { admin: 200 }) },
    { what: 'an issued bulletin', path: async (w) => `/api/bulletins/${await bulletinIssued(w)}`, expect: readers() },
  ],
  'PATCH /api/bulletins/:id': [
    {
      what: 'edit a bulletin draft',
      path: async (w) => `/api/bulletins/${await bulletinDraft(w)}`,
      body: () => ({ version: 1, blocks: { opening: '改写。' } }),
      expect: adminOnly(200),
    },
  ],
  'POST /api/bulletins/:id/issue': [
    {
      what: 'issue a bulletin',
      path: async (w) => `/api/bulletins/${await bulletinDraft(w)}/issue`,
      body: () => ({ version: 1 }),
      expect: adminOnly(200),
    },
  ],
  'DELETE /api/bulletins/:id': [
    { what: 'delete a bulletin draft', path: async (w) => `/api/bulletins/${await bulletinDraft(w)}`, expect: adminOnly(204) },
  ],
  'GET /api/bulletins/:id/file': [
    { what: 'download an issued bulletin', path: async (w) => `/api/bulletins/${await bulletinIssued(w)}/file`, expect: readers() },
    {
      what: 'download a bulletin draft',
      path: async (w) => `/api/bulletins/${await bulletinDraft(w)}/file`,
      expect: e(404, { admin: 200 }),
    },
  ],
  'GET /api/plans/:id/exports/task-list': [
    { what: 'task list of a published plan', path: (w) => `/api/plans/${w.published}/exports/task-list`, expect: readers() },
    { what: 'task list of a draft', path: (w) => `/api/plans/${w.draft}/exports/task-list`, expect: draftHidden() },
  ],
  'GET /api/plans/:id/exports/progress': [
    {
      what: 'progress table of a period',
      path: (w) => `/api/plans/${w.published}/exports/progress?period=${w.periods['2026年3月']}`,
      expect: readers(),
    },
  ],
  'GET /api/plans/:id/exports/indicator-values': [
    {
      what: 'indicator values sheet',
      path: (w) => `/api/plans/${w.published}/exports/indicator-values?period=${w.periods['2026年3月']}`,
      expect: readers(),
    },
  ],
  'POST /api/plans/:id/imports/indicator-values': [
    {
      what: 'import indicator values (not a workbook)',
      multipart: true,
      path: (w) => `/api/plans/${w.published}/imports/indicator-values`,
      expect: e(403, { liaisonA: 400, liaisonB: 400, token: 400, admin: 400 }),
    },
  ],
  'GET /api/notices/:id/document': [
    { what: "print a notice to liaisonA's unit", path: (w) => `/api/notices/${w.notice}/document`, expect: e(200, { liaisonB: 404 }) },
  ],
  'GET /api/units/:id/report-pack': [
    {
      what: "unit A's 述职 pack",
      path: (w) => `/api/units/${w.unitA}/report-pack?plan=${w.published}&period=${w.periods['2026年3月']}`,
      expect: e(200, { liaisonB: 403 }),
    },
  ],
};
