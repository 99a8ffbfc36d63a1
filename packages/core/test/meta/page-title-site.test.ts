import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const titleOf = async (first: string) =>
  (await parsePlan({ text: `${first}\n一、重点任务\n(一)推进改厕。新建卫生户厕500座。(县农业农村局)` })).meta.title;

describe('a web page’s title line with the site’s name after it', () => {
  it('keeps the plan’s title and drops the site', async () => {
    expect(await titleOf('某县2025年农村人居环境整治重点任务分工 - 某县人民政府')).toBe('某县2025年农村人居环境整治重点任务分工');
    expect(await titleOf('某市2025年健康城市建设工作要点_某市政府门户网站')).toBe('某市2025年健康城市建设工作要点');
  });

  it('keeps a dash that is part of the title', async () => {
    expect(await titleOf('某市健康城市建设规划(2021-2025年)')).toBe('某市健康城市建设规划(2021-2025年)');
  });
});
