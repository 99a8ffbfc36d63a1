import { describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../src/outputs/notice-docx.js';
import { buildUnitPackDocx, type UnitPackData } from '../../src/outputs/unit-pack-docx.js';
import { paragraphs, readDocx, tableRows } from './docx-reader.js';

describe('督办单 .docx', () => {
  it('is numbered, addressed to the unit, states the issue and reply date, and has a signature line', async () => {
    const doc = readDocx(
      await buildNoticeDocx({
        number: '督办〔2026〕第3号',
        issuer: '健康盘锦行动推进委员会办公室',
        planTitle: '健康盘锦行动',
        unit: '市卫生健康委',
        task: {
          number: '一.2',
          title: '建立健康科普专家库',
          text: '建立健全健康科普专家库和资源库。',
          leadUnits: ['市卫生健康委'],
          due: '2026-06-30',
        },
        reason: '任务已超过完成时限，且第3季度进展未报送。',
        due: '2026-10-20',
        issuedAt: '2026-10-08',
        signedBy: '王主任',
        status: 'open',
      }),
    );
    const paras = paragraphs(doc.document);
    expect(paras.find((p) => p.text === '督办通知单')).toMatchObject({ font: '方正小标宋简体', size: 44 });
    expect(paras.find((p) => p.text === '督办〔2026〕第3号')?.xml).toContain('w:jc w:val="right"');
    expect(paras.find((p) => p.text === '市卫生健康委：')).toMatchObject({ font: '仿宋_GB2312', size: 32 });
    expect(paras.some((p) => p.text.includes('请于2026年10月20日前将办理情况书面反馈'))).toBe(true);
    const rows = tableRows(doc.document, 0);
    expect(rows.map((r) => r[0])).toEqual([
      '编号',
      '承办单位',
      '督办事项',
      '任务内容',
      '牵头单位',
      '任务时限',
      '督办事由',
      '办理要求',
      '办结时限',
      '反馈方式',
      '签发',
    ]);
    expect(Object.fromEntries(rows.map((r) => [r[0], r[1]]))).toMatchObject({
      编号: '督办〔2026〕第3号',
      督办事项: '一.2 建立健康科普专家库',
      督办事由: '任务已超过完成时限，且第3季度进展未报送。',
      办结时限: '2026年10月20日',
      签发: '王主任',
    });
    expect(
      paras
        .filter((p) => p.text)
        .slice(-2)
        .map((p) => p.text),
    ).toEqual(['健康盘锦行动推进委员会办公室', '2026年10月8日']);
    expect(doc.footers.every((f) => /PAGE/.test(f))).toBe(true);
  });
});

const pack: UnitPackData = {
  unit: '市教育局',
  planTitle: '健康盘锦行动',
  periodLabel: '2026年第3季度',
  asOf: '2026-09-30',
  date: '2026-10-10',
  tasks: [
    { number: '3', title: '推进营养健康食堂建设', role: '牵头', due: '2026-09-15', status: '滞后', progress: 50, colour: '红' },
    { number: '1', title: '建立健康科普专家库', role: '参与', due: null, status: '推进中', progress: 60, colour: '绿' },
  ],
  reports: [
    {
      task: '推进营养健康食堂建设',
      period: '2026年第3季度',
      percent: 50,
      narrative: '已建成营养健康食堂12家',
      status: '已审核',
      submittedAt: '2026-09-28T02:00:00.000Z',
      onTime: true,
    },
  ],
  evidence: [
    { task: '推进营养健康食堂建设', period: '2026年第3季度', name: '食堂名单.xlsx', size: 20480, uploadedAt: '2026-09-28T02:00:00.000Z' },
  ],
  reportsExpected: 1,
  reportsMissing: 0,
};

describe('部门述职 pack .docx', () => {
  it('lists the unit’s tasks, reports and evidence, and says when no score exists yet', async () => {
    const doc = readDocx(await buildUnitPackDocx(pack));
    const paras = paragraphs(doc.document);
    expect(paras.find((p) => p.text === '市教育局2026年第3季度工作述职材料')).toMatchObject({ font: '方正小标宋简体', size: 44 });
    expect(paras.filter((p) => p.font === '黑体' && /^[一二三四五]、/.test(p.text)).map((p) => p.text)).toEqual([
      '一、基本情况',
      '二、承担任务情况',
      '三、进展报送情况',
      '四、佐证材料清单',
      '五、考核得分情况',
    ]);
    expect(paras.find((p) => p.text.startsWith('截至2026年9月30日'))?.text).toContain(
      '承担任务2项（牵头1项、参与1项），已完成0项，滞后1项',
    );
    expect(tableRows(doc.document, 0).slice(1)).toEqual([
      ['1', '3 推进营养健康食堂建设', '牵头', '2026-09-15', '滞后', '50%', '红'],
      ['2', '1 建立健康科普专家库', '参与', '持续推进', '推进中', '60%', '绿'],
    ]);
    expect(tableRows(doc.document, 1)[1]).toEqual([
      '1',
      '推进营养健康食堂建设',
      '50%',
      '已建成营养健康食堂12家',
      '2026-09-28',
      '是',
      '已审核',
    ]);
    expect(tableRows(doc.document, 2)[1]).toEqual(['1', '推进营养健康食堂建设', '食堂名单.xlsx', '20 KB', '2026-09-28']);
    expect(paras.some((p) => p.text === '本期考核结果尚未发布。')).toBe(true);
  });

  it('prints the scores when an assessment result is given', async () => {
    const doc = readDocx(
      await buildUnitPackDocx({
        ...pack,
        scores: {
          total: 92.5,
          grade: '良好',
          rank: 2,
          items: [
            { name: '任务完成', score: 55, note: null },
            { name: '报送及时', score: 9.5, note: '迟报1次' },
          ],
        },
      }),
    );
    expect(paragraphs(doc.document).some((p) => p.text === '本期考核得分92.5分，等次为良好，排名第2位。')).toBe(true);
    expect(tableRows(doc.document, 3)).toEqual([
      ['序号', '考核项目', '得分', '说明'],
      ['1', '任务完成', '55.0', ''],
      ['2', '报送及时', '9.5', '迟报1次'],
    ]);
  });
});
