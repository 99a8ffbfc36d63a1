import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const titleOf = async (first: string) =>
  (await parsePlan({ text: `${first}\n一、重点任务\n(一)推进改厕。新建卫生户厕500座。(县农业农村局)` })).meta.title;

describe('a web page’s title line with the site’s name after it', () => {
  it('keeps the plan’s title and drops the site', async () => {
    expect(await titleOf('某县2025年农村人居环境整治重点任务分工 - 某县人民政府')).toBe('某县2025年农村人居环境整治重点任务分工');
    expect(await titleOf('某市2025年健康城市建设工作要点_某市政府门户网站')).toBe('某市2025年健康城市建设工作要点');
  });

  it('takes the last crumb of a breadcrumb that names the document', async () => {
    expect(await titleOf('首页 > 政务公开 > 计划规划 > 某区2025年健康促进考核指标及重点任务分解(附件)')).toBe(
      '某区2025年健康促进考核指标及重点任务分解',
    );
  });

  it('keeps a dash that is part of the title', async () => {
    expect(await titleOf('某市健康城市建设规划(2021-2025年)')).toBe('某市健康城市建设规划(2021-2025年)');
  });
});

describe('a red header whose issuer stands on the line above its own 关于… title', () => {
  it('opens the title with the issuer when the notice is the plan itself', async () => {
    const plan = await parsePlan({
      text: [
        '某镇安委〔2025〕3号',
        '某镇安全生产委员会',
        '关于汛前安全检查发现问题限期整改的通知',
        '各村(社区):',
        '现将整改要求通知如下。',
        '1.河道清障。清理行洪通道堆积物,5月20日前完成。(责任单位:镇水利站)',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('某镇安全生产委员会关于汛前安全检查发现问题限期整改的通知');
  });

  it('leaves a covering notice (关于印发…) to the plan it covers', async () => {
    const plan = await parsePlan({
      text: [
        '某镇人民政府',
        '关于印发某镇2025年防汛工作方案的通知',
        '各村(社区):现将《某镇2025年防汛工作方案》印发给你们,请认真贯彻落实。',
        '某镇2025年防汛工作方案',
        '1.河道清障。清理行洪通道堆积物,5月20日前完成。(责任单位:镇水利站)',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('某镇2025年防汛工作方案');
  });
});
