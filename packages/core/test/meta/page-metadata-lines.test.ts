import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('page metadata lines as the source of meta', () => {
  it('splits an issuer from a 发文日期 field on the same line and takes the date from it', async () => {
    const plan = await parsePlan({
      text: [
        '某市人民政府 > 政务公开 > 文件',
        '发布机构：某市人民政府办公室  发文日期：2025-03-09',
        '某市2025年城市更新重点任务分工',
        '1.改造老旧街区3片（市住建局牵头，市财政局配合，2025年10月底前完成）。',
      ].join('\n'),
    });
    expect([plan.meta.issuer, plan.meta.date]).toEqual(['某市人民政府办公室', '2025-03-09']);
  });

  it('takes issuer and date from 来源 and 发布时间 when the page carries no signature', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年为民办实事项目进度表',
        '发布时间：2025-06-18　来源：县政府督查室',
        '1.新建公共厕所20座（县城管局负责，2025年9月底前完成）。',
        '2.改造农村公路40公里（县交通运输局负责，2025年11月底前完成）。',
      ].join('\n'),
    });
    expect([plan.meta.issuer, plan.meta.date]).toEqual(['县政府督查室', '2025-06-18']);
  });

  it('reads a metadata table printed without rules or colons, label and value apart by a space', async () => {
    const plan = await parsePlan({
      text: [
        '索 引 号 11350100/2025-00042          信息分类  城乡建设',
        '发布机构 某市人民政府办公室           成文日期  2025-04-11',
        '文     号 某政办发〔2025〕9号          发布日期  2025-04-14',
        '某市2025年城市更新重点任务分工',
        '1.改造老旧街区3片（市住建局牵头，市财政局配合，2025年10月底前完成）。',
      ].join('\n'),
    });
    expect([plan.meta.issuer, plan.meta.docNumber, plan.meta.date]).toEqual(['某市人民政府办公室', '某政办发〔2025〕9号', '2025-04-11']);
  });

  it('does not read one body line opening with a label word as metadata', async () => {
    const plan = await parsePlan({
      text: ['某市2025年城市更新重点任务分工', '来源 广泛的资金保障渠道', '1.改造老旧街区3片（市住建局牵头，2025年10月底前完成）。'].join(
        '\n',
      ),
    });
    expect(plan.meta.issuer).not.toBe('广泛的资金保障渠道');
  });
});

describe('a 文件名称 row above a metadata table with colons', () => {
  it('gives the title without its label', async () => {
    const plan = await parsePlan({
      text: [
        '某县人民政府 > 政务公开 > 督查督办',
        '文件名称 某县人民政府办公室关于对县政府常务会议议定事项进行督办的通知',
        '索引号 abc/2026-01 公开目录: 县政府办',
        '文号 某政办督〔2026〕6号 成文日期: 2026年03月16日',
        '',
        '关于对县政府常务会议议定事项进行督办的通知',
        '1.加快良种繁育基地建设,6月底前完成(县农业农村局负责)。',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('关于对县政府常务会议议定事项进行督办的通知');
  });
});
