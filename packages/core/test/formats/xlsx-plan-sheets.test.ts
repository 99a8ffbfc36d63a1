import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const parseXlsx = async (bytes: Uint8Array) => parsePlan({ bytes, fileName: 'plan.xlsx' });

describe('spreadsheet plans: the lines around the table', () => {
  it('reads the issuer and date from a 制表单位 / 制表日期 line under the title, and a default time limit from a 注', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('台账');
      ws.addRow(['溪城县2026年畜牧业重点任务台账']);
      ws.mergeCells('A1:E1');
      ws.addRow(['制表单位:溪城县农业农村局　　　　制表日期:2026年4月8日']);
      ws.mergeCells('A2:E2');
      ws.addRow(['序号', '重点任务', '目标任务', '牵头单位', '完成时限']);
      ws.addRow([1, '扩大生猪养殖', '生猪出栏量达到30万头', '县农业农村局', '2026年11月']);
      ws.addRow([2, '发展家禽产业', '蛋鸡存栏量达到50万只', '县畜牧中心', null]);
      ws.addRow(['注:完成时限栏未填写的,均于2026年12月底前完成。']);
      ws.mergeCells('A6:E6');
    });
    const plan = await parseXlsx(bytes);
    expect(plan.meta).toMatchObject({ issuer: '溪城县农业农村局', date: '2026-04-08', title: '溪城县2026年畜牧业重点任务台账' });
    expect(plan.tasks.map((t) => t.due)).toEqual([['2026-11-30'], ['2026-12-31']]);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([
      [30, '万头'],
      [50, '万只'],
    ]);
  });

  it('reads a 说明 sheet naming the notice the table was sent with', async () => {
    const bytes = await workbook((wb) => {
      const about = wb.addWorksheet('说明');
      about.addRow(['说明']);
      about.addRow(['文件来源', '溪城区人民政府办公室关于印发溪城区全民阅读工作方案(2026—2027年)的通知(溪府办函〔2026〕9号)附件']);
      about.addRow(['印发日期', '2026年3月2日']);
      const tasks = wb.addWorksheet('任务分工');
      tasks.addRow(['溪城区全民阅读任务分工表']);
      tasks.addRow(['序号', '工作任务', '责任单位', '完成时限']);
      tasks.addRow([1, '开设公益阅读课程不少于200门', '区教育局、区图书馆', '2026年9月']);
    });
    const plan = await parseXlsx(bytes);
    expect(plan.meta).toMatchObject({ issuer: '溪城区人民政府办公室', docNumber: '溪府办函〔2026〕9号', date: '2026-03-02' });
    expect(plan.indicators.map((i) => [i.name, i.target, i.unit, i.comparator])).toEqual([['开设公益阅读课程', 200, '门', '>=']]);
  });
});

describe('spreadsheet plans: a goals sheet', () => {
  it('reads 现状值 / 目标值 rows as indicators, not tasks, though each row names an office', async () => {
    const bytes = await workbook((wb) => {
      const goals = wb.addWorksheet('主要指标');
      goals.addRow(['序号', '指标名称', '单位', '2025年现状值', '2027年目标值', '牵头单位']);
      goals.addRow([1, '城市生活污水集中收集率', '%', 71.2, '≥75', '市住房城乡建设局']);
      goals.addRow([2, '农村黑臭水体面积', '%', 12.5, '≤8', '市生态环境局']);
      goals.addRow([3, '再生水利用率', '%', 20, 25, '市水务局']);
      const duties = wb.addWorksheet('任务分工');
      duties.addRow(['序号', '工作任务', '责任单位', '完成时限']);
      duties.addRow([1, '新建污水管网40公里', '市住房城乡建设局', '2027年6月']);
    });
    const plan = await parseXlsx(bytes);
    expect(plan.tasks.map((t) => t.text)).toEqual(['新建污水管网40公里']);
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target, i.comparator])).toEqual(
      expect.arrayContaining([
        ['城市生活污水集中收集率', 71.2, 75, '>='],
        ['农村黑臭水体面积', 12.5, 8, '<='],
        ['再生水利用率', 20, 25, '='],
      ]),
    );
  });
});

describe('spreadsheet plans: two tables on one sheet', () => {
  it('starts a new table at a heading row over a header of other columns', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('清单');
      ws.addRow(['溪城县2026年政务服务提升任务清单']);
      ws.addRow(['一、目标']);
      ws.addRow(['序号', '指标名称', '单位', '2025年现状值', '2026年目标值']);
      ws.addRow([1, '不动产登记办理时间', '个工作日', 5, '≤3']);
      ws.addRow([2, '政务服务好评率', '%', 97, '≥99']);
      ws.addRow(['二、任务']);
      ws.mergeCells('A6:E6');
      ws.addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
      ws.addRow([1, '推行不动产登记“一窗受理”', '县自然资源局', '县税务局', '2026年6月底前']);
      ws.addRow([2, '设立企业服务专窗', '县政务服务中心', null, '2026年8月底前']);
      ws.addRow(['注:县政务服务中心即县政务服务和数字化建设中心。']);
    });
    const plan = await parseXlsx(bytes);
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due])).toEqual([
      [['县自然资源局'], ['县税务局'], ['2026-06-30']],
      [['县政务服务中心'], [], ['2026-08-31']],
    ]);
    // The targets stay targets: the task header did not fold the duty rows into the target table.
    expect(plan.indicators.map((i) => [i.baseline, i.target, i.comparator])).toEqual([
      [5, 3, '<='],
      [97, 99, '>='],
    ]);
  });
});
