import { describe, expect, it } from 'vitest';
import { DomainError } from '@duban/services';
import { toCsv, toErrorResponse } from '../src/index.js';

describe('CSV export', () => {
  it('starts with a BOM, quotes what needs quoting and joins lists', () => {
    const csv = toCsv(
      [{ a: '含,逗号', b: ['甲', '乙'], c: 'say "hi"\n第二行', d: null }],
      [
        ['名称', (r) => r.a],
        ['单位', (r) => r.b],
        ['说明', (r) => r.c],
        ['空', (r) => r.d],
      ],
    );
    expect(csv).toBe('\uFEFF名称,单位,说明,空\r\n"含,逗号",甲；乙,"say ""hi""\n第二行",\r\n');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    const csv = toCsv([{ a: '=HYPERLINK("x")' }, { a: '-3.5' }, { a: '@SUM(A1)' }], [['值', (r) => r.a]]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['"\'=HYPERLINK(""x"")"', '-3.5', "'@SUM(A1)"]);
  });
});

describe('error mapping', () => {
  it.each([
    ['validation', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['payload_too_large', 413],
    ['unsupported_media', 415],
    ['unprocessable', 422],
    ['rate_limited', 429],
  ] as const)('maps %s to %i with the stable id and message', (kind, status) => {
    const r = toErrorResponse(new DomainError(kind, `x.${kind}`, '中文说明', { a: 1 }));
    expect(r).toEqual({ status, body: { error: { id: `x.${kind}`, message: '中文说明', details: { a: 1 } } } });
  });

  it('hides unexpected errors behind a generic 500', () => {
    const r = toErrorResponse(new Error('SELECT failed: secret detail'));
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toContain('secret');
  });
});
