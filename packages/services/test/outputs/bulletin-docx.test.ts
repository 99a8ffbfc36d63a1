import { describe, expect, it } from 'vitest';
import { buildBulletinDocx } from '../../src/outputs/bulletin-docx.js';
import { paragraphs, readDocx, tableRows } from './docx-reader.js';
import { sampleBulletin } from './sample-bulletin.js';

describe('情况通报 .docx', () => {
  it('has the red header, a 2号 小标宋 title, 3号 仿宋 body and 黑体/楷体 headings numbered 一、（一）', async () => {
    const doc = readDocx(await buildBulletinDocx(sampleBulletin(), { charts: false }));
    const paras = paragraphs(doc.document);
    const header = paras.find((p) => p.text === '健康盘锦行动推进委员会办公室');
    expect(header?.xml).toContain('w:color w:val="FF0000"');
    expect(paras.find((p) => p.text === '第3期')?.xml).toContain('w:color="FF0000"');

    const title = paras.find((p) => p.text === '关于健康盘锦行动2026年第3季度推进情况的通报');
    expect(title).toMatchObject({ font: '方正小标宋简体', size: 44 });
    expect(title?.xml).toContain('w:jc w:val="center"');

    const opening = paras.find((p) => p.text.startsWith('为压紧压实工作责任'));
    expect(opening).toMatchObject({ font: '仿宋_GB2312', size: 32 });
    expect(opening?.text).toContain('截至2026年9月30日');

    const h1 = paras.filter((p) => /^[一二三四五六七八九十]+、/.test(p.text));
    expect(h1.map((p) => p.text)).toEqual([
      '一、总体进展情况',
      '二、各行动推进情况',
      '三、各单位推进情况',
      '四、红黄灯预警任务',
      '五、主要指标达成情况',
      '六、存在的问题',
      '七、下步工作要求',
    ]);
    expect(h1.every((p) => p.font === '黑体' && p.size === 32)).toBe(true);
    const h2 = paras.filter((p) => /^（[一二三四五六七八九十]+）/.test(p.text));
    expect(h2.map((p) => [p.text, p.font])).toEqual([
      ['（一）红色预警任务（1项）', '楷体_GB2312'],
      ['（二）黄色预警任务（1项）', '楷体_GB2312'],
    ]);

    const overall = paras.find((p) => p.text.startsWith('截至2026年9月30日，健康盘锦行动共有任务7项'));
    expect(overall?.text).toContain('已完成2项，推进中3项，滞后2项');
    expect(overall?.text).toContain('任务完成率28.6%，平均进度52.5%，按时报送率80.0%');

    // Issuer and date at the end, right-aligned; the date in Arabic numerals without leading zeros.
    const tail = paras.filter((p) => p.text).slice(-2);
    expect(tail.map((p) => p.text)).toEqual(['健康盘锦行动推进委员会办公室', '2026年10月8日']);
    expect(tail[1]?.xml).toContain('w:jc w:val="right"');
  });

  it('tabulates areas, units, red and yellow tasks with reasons, and indicators', async () => {
    const doc = readDocx(await buildBulletinDocx(sampleBulletin(), { charts: false }));
    expect(tableRows(doc.document, 0)).toEqual([
      ['序号', '名称', '任务数', '已完成', '推进中', '滞后', '未开始', '红灯', '黄灯'],
      ['1', '健康知识普及行动', '4', '1', '2', '1', '0', '1', '0'],
      ['2', '合理膳食行动', '3', '1', '1', '1', '0', '0', '1'],
    ]);
    expect(tableRows(doc.document, 1)[1]).toEqual(['1', '市卫生健康委', '5', '1', '2', '1', '1', '10', '7', '2']);
    expect(tableRows(doc.document, 2)[1]).toEqual(['1', '一.2 建立健康科普专家库', '市卫生健康委', '2026-06-30', '40%', '已超过完成时限']);
    expect(tableRows(doc.document, 3)[1]?.[5]).toBe('进度落后序时进度20个百分点以上');
    expect(tableRows(doc.document, 4).slice(1)).toEqual([
      ['1', '居民健康素养水平', '20%', '≥22%', '21%', '50.0%', '否'],
      ['2', '婴儿死亡率', '5‰', '≤4.5‰', '4.2‰', '100.0%', '是'],
    ]);
    // The header row repeats on every page.
    expect(doc.document).toContain('<w:tblHeader/>');
  });

  it('prints the ranking only when there is one', async () => {
    const without = paragraphs(readDocx(await buildBulletinDocx(sampleBulletin(), { charts: false })).document);
    expect(without.some((p) => p.text.includes('考核排名'))).toBe(false);
    const ranked = sampleBulletin({
      ranking: {
        title: '考核排名',
        rows: [
          { rank: 1, unit: '市教育局', score: 96.5, grade: '优秀' },
          { rank: 2, unit: '市卫生健康委', score: 88, grade: '达标' },
        ],
      },
    });
    const doc = readDocx(await buildBulletinDocx(ranked, { charts: false }));
    expect(paragraphs(doc.document).some((p) => p.text === '六、考核排名')).toBe(true);
    expect(tableRows(doc.document, 5)).toEqual([
      ['名次', '单位', '得分', '等次'],
      ['1', '市教育局', '96.5', '优秀'],
      ['2', '市卫生健康委', '88.0', '达标'],
    ]);
  });

  it('numbers pages "— 1 —" with a PAGE field, odd pages right and even pages left', async () => {
    const doc = readDocx(await buildBulletinDocx(sampleBulletin(), { charts: false }));
    expect(doc.settings).toContain('<w:evenAndOddHeaders/>');
    expect(doc.footers).toHaveLength(2);
    for (const footer of doc.footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toContain('— ');
      expect(footer).toContain(' —');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(doc.footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
    // A4 and the GB/T 9704 margins (37 mm top, 28 mm left).
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.document).toMatch(/w:top="2098"/);
    expect(doc.document).toMatch(/w:left="1587"/);
  });

  it('embeds the charts as PNG images', async () => {
    const doc = readDocx(await buildBulletinDocx(sampleBulletin()));
    expect(doc.media).toHaveLength(2);
    expect(doc.document).toContain('descr="任务推进状态"');
  });
});
