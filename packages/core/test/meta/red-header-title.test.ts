import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'plan.txt' }));

describe('extractMeta: a red header over a plan issued as itself', () => {
  it('does not glue the 文号 line to the title below it', async () => {
    const meta = await metaOf(`溪城市全民健身工作领导小组办公室
溪健身办发〔2026〕4号
溪城市2026年全民健身工作要点
各县区全民健身办:
2026年全市全民健身工作安排如下。
一、完善场地设施
1.新建社区健身中心5个。(市体育局牵头)
溪城市全民健身工作领导小组办公室
2026年1月20日`);
    expect(meta.title).toBe('溪城市2026年全民健身工作要点');
    expect(meta.docNumber).toBe('溪健身办发〔2026〕4号');
  });
});
