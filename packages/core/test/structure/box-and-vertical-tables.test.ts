import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const parse = async (lines: string[]) => parsePlan({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'plan.txt' });
const rows = (plan: Awaited<ReturnType<typeof parse>>) => plan.tasks.map((t) => [t.number, t.text, t.lead, t.participants, t.due]);

describe('box-drawn tables', () => {
  it('reads a ruled box table whose cells wrap onto the next line, the first column included', async () => {
    const plan = await parse([
      '2025年水务工作任务分工',
      '┌──┬────────────┬──────┬──────┬──────┐',
      '│序│工作任务                │牵头单位    │配合单位    │完成时限    │',
      '│号│                        │            │            │            │',
      '├──┼────────────┼──────┼──────┼──────┤',
      '│1 │改造老旧供水管网12公里, │县水务局    │县财政局、县│6月底前     │',
      '│  │年底前完成验收          │            │住建局      │            │',
      '├──┼────────────┼──────┼──────┼──────┤',
      '│2 │开展农村饮水水质抽检    │县疾控中心  │            │每季度      │',
      '└──┴────────────┴──────┴──────┴──────┘',
    ]);
    expect(rows(plan)).toEqual([
      ['1', '改造老旧供水管网12公里,年底前完成验收', ['县水务局'], ['县财政局', '县住建局'], ['2025-06-30']],
      ['2', '开展农村饮水水质抽检', ['县疾控中心'], [], []],
    ]);
    expect(plan.tasks[1]?.ongoing).toBe(true);
  });

  it('starts a new row at a filled number cell when no rule separates the rows, and reads ASCII +---+ tables', async () => {
    const body = [
      '| 序号 | 工作任务           | 牵头单位   | 完成时限   |',
      '| 1    | 建成智慧停车平台， | 区城管局   | 9月底前    |',
      '|      | 接入公共泊位       |            |            |',
      '| 2    | 新增充电桩200个    | 区发改局   | 12月底前   |',
    ];
    const ascii = await parse(['2024年城市管理重点任务', '+------+-------+------+------+', ...body, '+------+-------+------+------+']);
    const box = await parse(['2024年城市管理重点任务', '┌──┬───┬──┬──┐', ...body.map((l) => l.replaceAll('|', '│')), '└──┴───┴──┴──┘']);
    for (const plan of [ascii, box]) {
      expect(rows(plan)).toEqual([
        ['1', '建成智慧停车平台,接入公共泊位', ['区城管局'], [], ['2024-09-30']],
        ['2', '新增充电桩200个', ['区发改局'], [], ['2024-12-31']],
      ]);
    }
  });
});

describe('box-drawn tables printed to a narrow page', () => {
  it('joins a content line wrapped onto the next line, at a bar or inside a cell', async () => {
    const plan = await parse([
      '2025年社区卫生重点工作',
      '┌──┬──────────┬─────┬──────┬─────┐',
      '│序号│工作任务            │牵头股室  │配合股室    │完成时限  │',
      '├──┼──────────┼─────┼──────┼─────┤',
      '│1 │新建家庭医生工作室  │基层股    │财务股',
      '│6月底前   │',
      '├──┼──────────┼─────┼──────┼─────┤',
      '│2 │开展慢病随访,随访率│医政股    │',
      '│10月底前  │',
      '│  │达到90%             │          │疾控',
      '│          │',
      '└──┴──────────┴─────┴──────┴─────┘',
    ]);
    expect(rows(plan)).toEqual([
      ['1', '新建家庭医生工作室', ['基层股'], ['财务股'], ['2025-06-30']],
      ['2', '开展慢病随访,随访率达到90%', ['医政股'], ['疾控'], ['2025-10-31']],
    ]);
  });
});

describe('group cells written one character per line', () => {
  it('keeps reading the rows after a vertical group cell', async () => {
    const plan = await parse([
      '2025年创卫巩固任务分解表',
      '类别',
      '序号',
      '工作任务',
      '责任单位',
      '完成时限',
      '一',
      '市',
      '容',
      '环',
      '境',
      '1',
      '整治主次干道占道经营。',
      '区城管局',
      '5月底前',
      '二',
      '食',
      '品',
      '安',
      '全',
      '2',
      '开展餐饮单位后厨专项检查。',
      '区市场监管局',
      '8月底前',
      '3',
      '规范农贸市场活禽交易区。',
      '区市场监管局、区商务局',
      '10月底前',
    ]);
    expect(rows(plan)).toEqual([
      ['1', '整治主次干道占道经营。', ['区城管局'], [], ['2025-05-31']],
      ['2', '开展餐饮单位后厨专项检查。', ['区市场监管局'], [], ['2025-08-31']],
      ['3', '规范农贸市场活禽交易区。', ['区市场监管局'], ['区商务局'], ['2025-10-31']],
    ]);
  });
});
