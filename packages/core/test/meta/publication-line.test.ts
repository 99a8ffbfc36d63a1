import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const meta = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).meta;
const body = ['某市2025年全民健身重点任务清单', '1.新建健身步道20公里。(市体育局负责)'];

describe('meta read from a web page publication line', () => {
  it('ends a source value at the page counters after it and reads a publication time with its clock', async () => {
    const m = await meta([
      '首页 > 信息公开 > 部门文件',
      ...body.slice(0, 1),
      '文章来源:某市体育局 浏览量: 发表时间:2025-03-02 10:45 责任编辑:网站管理员',
      ...body.slice(1),
    ]);
    expect([m.issuer, m.date]).toEqual(['某市体育局', '2025-03-02']);
  });

  it('gives the site owner when the source names one of its divisions or its short form', async () => {
    const division = await meta([
      '某市体育局 | 政务公开 | 计划总结',
      ...body.slice(0, 1),
      '来源:市体育局群体科 发布时间:2025-03-02 【字体:大 中 小】',
      ...body.slice(1),
    ]);
    expect([division.issuer, division.date]).toEqual(['某市体育局', '2025-03-02']);
    const short = await meta(['某市体育局', ...body.slice(0, 1), '发布时间:2025-03-02 来源:市体育局', ...body.slice(1)]);
    expect(short.issuer).toBe('某市体育局');
  });

  it('keeps a source that is an office of its own, not a division', async () => {
    const m = await meta(['某市人民政府', ...body.slice(0, 1), '来源:某市人民政府督查室 发布时间:2025-03-02', ...body.slice(1)]);
    expect(m.issuer).toBe('某市人民政府督查室');
  });
});

describe('meta read from publication fields glued together', () => {
  it('splits labels written one after another without a space (sibling page spans)', async () => {
    const m = await meta([...body.slice(0, 1), '发布时间:2025-03-02来源:某市体育局文号:某体发〔2025〕7号浏览次数:88', ...body.slice(1)]);
    expect([m.issuer, m.docNumber]).toEqual(['某市体育局', '某体发〔2025〕7号']);
  });
});

describe('a title next to a table header laid out in wide gaps', () => {
  it('takes the page’s 名称 field, not the header row', async () => {
    const m = await meta([
      '名称: 某县文旅局重点工作进展情况(第三季度)',
      '序号  重点工作任务      牵头单位      完成时限      进度安排',
      '1     新建文化驿站5个    县文旅局      2025年9月     已完成',
    ]);
    expect(m.title).toBe('某县文旅局重点工作进展情况(第三季度)');
  });
});

describe('a document signed jointly', () => {
  it('names every signing office as the issuer', async () => {
    const stacked = await meta([...body, '某市体育局', '某市教育局', '2025年4月1日']);
    expect(stacked.issuer).toBe('某市体育局 某市教育局');
    const side = await meta([...body, '某市体育局      中共某市委宣传部', '2025年4月1日']);
    expect(side.issuer).toBe('某市体育局 中共某市委宣传部');
  });
  it('names the one office a 发布机构 field names among the signers', async () => {
    const m = await meta(['发布机构:某市体育局', ...body, '某市体育局      中共某市委宣传部', '2025年4月1日']);
    expect(m.issuer).toBe('某市体育局');
  });
});
