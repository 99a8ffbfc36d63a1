import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { splitUnitList } from '../../src/extract/units/unit-name.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = defaultUnitDirectory();
type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.lead, t.participants]);
const html = (body: string) => `<html><body><p>某县2026年重点工作任务清单</p>${body}</body></html>`;

describe('units on lines of their own in one cell', () => {
  it('reads a line break between two names as a list separator, with or without a level prefix', () => {
    const cases: Array<[string, string[]]> = [
      ['县行政审批局 某某产业园区管委会', ['县行政审批局', '某某产业园区管委会']],
      ['甲乡人民政府 某某景区运营有限公司', ['甲乡人民政府', '某某景区运营有限公司']],
      ['疾控股 基层卫生股', ['疾控股', '基层卫生股']],
      ['人行某某县支行 某某金融监管分局 各乡镇人民政府', ['人行某某县支行', '某某金融监管分局', '各乡镇人民政府']],
      ['区住建局 区水务局 相关街道(镇)', ['区住建局', '区水务局', '相关街道(镇)']],
      ['县农业局 林业局', ['县农业局', '县林业局']],
    ];
    for (const [raw, want] of cases) expect(splitUnitList(raw, dir), raw).toEqual(want);
  });

  it('keeps a name wrapped over lines whole', () => {
    expect(splitUnitList('县人民政府 办公室', dir)).toEqual(['县人民政府办公室']);
    expect(splitUnitList('县妇幼保健 服务中心', dir)).toEqual(['县妇幼保健服务中心']);
    expect(splitUnitList('各县 (市、区)人民政府', dir)).toEqual(['各县(市、区)人民政府']);
  });

  it('splits <br> lines of an HTML cell and Word paragraphs of a cell into units', async () => {
    const plan = await parsePlan({
      fileName: 'p.html',
      text: html(`<table>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推行项目审批<br/>“拿地即开工”</td><td>县行政审批局<br />某某产业园区管委会</td><td>县自然资源局</td><td>2026年6月底前</td></tr>
<tr><td>2</td><td>提升景区服务设施</td><td>县文旅局</td><td><p>甲乡人民政府</p><p>某某景区运营有限公司</p></td><td>2026年9月底前</td></tr>
</table>`),
    });
    expect(roles(plan)).toEqual([
      [['县行政审批局', '某某产业园区管委会'], ['县自然资源局']],
      [['县文旅局'], ['甲乡人民政府', '某某景区运营有限公司']],
    ]);
    expect(plan.tasks[0]?.text).toContain('推行项目审批');
  });

  it('reads two 责任 columns (sections, then units) as lead and participants', async () => {
    const plan = await parsePlan({
      fileName: 'p.html',
      text: html(`<table>
<tr><td>序号</td><td>工作任务</td><td>责任股室</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推进筛查服务网络建设</td><td>医政股<br>疾控股</td><td>县人民医院</td><td>2026年9月</td></tr>
<tr><td>2</td><td>开展儿童健康管理</td><td>基层卫生股</td><td>县人民医院<br>县中医医院</td><td>2026年10月</td></tr>
</table>`),
    });
    expect(roles(plan)).toEqual([
      [['医政股', '疾控股'], ['县人民医院']],
      [['基层卫生股'], ['县人民医院', '县中医医院']],
    ]);
  });
});

describe('a 各 group of two kinds of place', () => {
  it('stays one unit when its last kind is a bare level word', () => {
    expect(splitUnitList('区生态环境局、各街道、镇', dir)).toEqual(['区生态环境局', '各街道、镇']);
    expect(splitUnitList('各县、区', dir)).toEqual(['各县、区']);
  });
});

describe('two names run together where a cell line ended', () => {
  it('splits names that carry no level where the next one starts', () => {
    const cases: Array<[string, string[]]> = [
      ['甲镇人民政府某某景区运营管理公司', ['甲镇人民政府', '某某景区运营管理公司']],
      ['县行政审批局某某产业园区管委会', ['县行政审批局', '某某产业园区管委会']],
      ['县行政审批局县直各有关单位', ['县行政审批局', '县直各有关单位']],
      ['县妇幼保健服务中心县人民医院', ['县妇幼保健服务中心', '县人民医院']],
      ['人行某某县支行国家金融监督管理总局某某监管支局', ['人行某某县支行', '国家金融监督管理总局某某监管支局']],
      ['医政医管股基层卫生股', ['医政医管股', '基层卫生股']],
    ];
    for (const [raw, want] of cases) expect(splitUnitList(raw, dir), raw).toEqual(want);
  });
  it('keeps a body and its own part whole', () => {
    for (const n of ['某某股份有限公司', '区公安分局交警大队', '某某石油有限公司某某分公司']) expect(splitUnitList(n, dir), n).toEqual([n]);
  });
});
