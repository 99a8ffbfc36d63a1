import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { parsePlan } from '@duban/core';

/** A notice sending its plan as 附件; the plan's items are Word numbering that restarts under each heading. */
async function noticeWithNumberedPlan(): Promise<Uint8Array> {
  const list = (instance: number, texts: string[], level = 0) =>
    texts.map((text) => new Paragraph({ text, numbering: { reference: 'items', level, instance } }));
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('关于印发《某县2026年全民阅读推广工作要点》的通知'),
          new Paragraph('各乡镇人民政府,县直各单位:'),
          new Paragraph('现将《某县2026年全民阅读推广工作要点》印发给你们,请认真贯彻落实。'),
          new Paragraph('附件:某县2026年全民阅读推广工作要点'),
          new Paragraph('某县文化和旅游局'),
          new Paragraph('2026年2月10日'),
          new Paragraph('附件'),
          new Paragraph({ text: '某县2026年全民阅读推广工作要点', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '一、重点任务', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '(一)建好阅读阵地', heading: HeadingLevel.HEADING_3 }),
          ...list(1, ['新建城市书房6个。(牵头单位:县文化和旅游局)', '改造农家书屋40个。(牵头单位:县农业农村局)']),
          new Paragraph({ text: '(二)办好阅读活动', heading: HeadingLevel.HEADING_3 }),
          ...list(2, ['办好读书节,重点做好以下工作:']),
          ...list(2, ['举办主题讲座12场。(牵头单位:县图书馆)', '评选书香家庭30户。(牵头单位:县妇联)'], 1),
          ...list(2, ['开展送书下乡活动。(牵头单位:县新华书店)']),
          new Paragraph({ text: '二、保障措施', heading: HeadingLevel.HEADING_2 }),
          ...list(3, ['加强经费保障。(责任单位:县财政局)']),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a .docx plan after its covering notice', () => {
  it('reads 一、 under the attachment title as a heading, not as an entry of the attachment list', async () => {
    const plan = await parsePlan({ bytes: await noticeWithNumberedPlan(), fileName: 'plan.docx' });
    const tasks = plan.tasks.map((t) => [t.kind, t.path.at(-1), t.text.slice(0, 6)]);
    expect(tasks).toEqual([
      ['task', '(一)建好阅读阵地', '新建城市书房'],
      ['task', '(一)建好阅读阵地', '改造农家书屋'],
      ['task', '1.办好读书节,重点做好以下工作:', '举办主题讲座'],
      ['task', '1.办好读书节,重点做好以下工作:', '评选书香家庭'],
      ['task', '(二)办好阅读活动', '开展送书下乡'],
      ['safeguard', '二、保障措施', '加强经费保障'],
    ]);
    expect(plan.indicators.map((i) => [i.name, i.target])).toEqual(
      expect.arrayContaining([
        ['新建城市书房', 6],
        ['改造农家书屋', 40],
      ]),
    );
  });
});
