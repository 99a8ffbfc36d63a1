import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const plan = (tail: string[]) =>
  ['关于印发社区养老服务提升方案的通知', '各街道:', '现将方案印发给你们,请认真贯彻执行。', ...tail].join('\n');

describe('meta: a seal note beside the signing office', () => {
  it('reads the office when the note closes its line', async () => {
    const out = await parsePlan({ text: plan(['某区养老服务工作领导小组办公室(代章)', '2025年4月2日']) });
    expect(out.meta.issuer).toBe('某区养老服务工作领导小组办公室');
  });

  it('reads the office above a note naming the stamping office', async () => {
    const out = await parsePlan({ text: plan(['某区养老服务工作专班办公室', '(某区人民政府办公室代章)', '2025年4月2日']) });
    expect(out.meta.issuer).toBe('某区养老服务工作专班办公室');
    expect(out.meta.date).toBe('2025-04-02');
  });
});
