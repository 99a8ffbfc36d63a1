import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('a signature run into the notice paragraph', () => {
  it('reads the office and date after the last sentence of a notice that lost its line breaks', async () => {
    const meta = await metaOf(
      [
        '某县人民政府',
        '时间:2026-03-05 10:26  来源:县政府办',
        '某县人民政府关于印发某县2026年民生实事项目清单的通知 各乡镇人民政府,县政府各部门:现将《某县2026年民生实事项目清单》印发给你们,请认真组织实施,确保年底前全部完成。 某县人民政府 2026年3月3日',
        '某县2026年民生实事项目清单',
        '一、新建社区食堂20个。责任单位:县民政局;完成时限:2026年10月底。',
      ].join('\n'),
    );
    expect([meta.issuer, meta.date]).toEqual(['某县人民政府', '2026-03-03']);
  });

  it('does not take a date inside a sentence for a signature', async () => {
    const meta = await metaOf(
      [
        '某县2026年民生实事项目清单',
        '一、新建社区食堂20个,各乡镇要按照县政府要求认真组织实施并及时报送进展情况。县民政局 2026年10月31日',
      ].join('\n'),
    );
    expect(meta.date).toBeNull();
  });
});
