import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'notice.txt' }));

describe('a seal note between the signing office and its date', () => {
  it('reads the office above "(代章)"', async () => {
    const meta = await metaOf(
      [
        '健康某地行动推进委员会办公室',
        '关于印发2026年健康某地行动工作要点的通知',
        '各县(市、区)健康行动推进委员会办公室:',
        '现将《2026年健康某地行动工作要点》印发给你们,请认真抓好落实。',
        '健康某地行动推进委员会办公室',
        '(代章)',
        '2026年3月30日',
        '2026年健康某地行动工作要点',
        '1.压实工作责任。各县(市、区)要将健康行动纳入政府重要议事日程。',
      ].join('\n'),
    );
    expect([meta.issuer, meta.date]).toEqual(['健康某地行动推进委员会办公室', '2026-03-30']);
  });
});
