import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';
import { fullWidth } from '../support/full-width.js';

const metaOf = async (text: string, fileName = 'plan.txt') => extractMeta(await readDocument({ text, fileName }));

// Fictional documents in layouts the seeds do not cover.
const LAW_DATABASE = `青川市人民政府办公室关于印发青川市健康城市建设
2019年工作要点的通知
【制定机关】青川市人民政府办公室
【公布日期】2020.01.06
【字${'\u3000'}号】青政办发[2019]45号
【效力等级】地方规范性文件
各县(区)人民政府,市政府各部门:
现将《青川市健康城市建设2019年工作要点》印发给你们,请认真贯彻落实。
青川市人民政府办公室
二〇一九年十二月三十日
青川市健康城市建设2019年工作要点
一、主要任务
1.加强健康教育。到2019年底,居民健康素养水平达到22%以上(市卫生健康委)。`;

const MULTI_YEAR = `您现在的位置:首页 > 政务公开 > 通知公告
发布日期:2021-07-02 浏览次数:88 字体:[大 中 小]
临江市健康临江行动领导小组办公室关于印发健康临江行动实施方案(2021—2025年)的通知
临健领办〔2021〕3号
各区县人民政府:
根据《国务院关于实施健康中国行动的意见》(国发〔2019〕13号),现将实施方案印发给你们。
临江市健康临江行动领导小组办公室
2021年6月28日
健康临江行动实施方案(2021—2025年)
一、总体目标
到2025年,人均预期寿命达到79岁。`;

const OWN_HEADING = `设为首页 | 加入收藏
繁體 | 无障碍浏览
云溪县人民政府关于深入推进健康云溪建设的实施意见
各乡镇人民政府,县政府各部门:
为推进健康云溪建设,提出如下意见。
一、总体要求
(一)指导思想。以人民健康为中心。
二、重点任务
(一)普及健康知识。2022年底前建成健康科普专家库。
云溪县人民政府
2021年9月1日
(此件公开发布)`;

describe('extractMeta', () => {
  it('reads a law-database page: broken notice title, 【字 号】 with square brackets, Chinese-numeral date', async () => {
    const meta = await metaOf(LAW_DATABASE);
    expect(meta).toEqual({
      title: '青川市健康城市建设2019年工作要点',
      issuer: '青川市人民政府办公室',
      docNumber: '青政办发[2019]45号',
      date: '2019-12-30',
      planYear: 2019,
      annual: true,
    });
  });

  it('reads a multi-year plan: own number under the title, not the cited one; signature date, not the web date', async () => {
    const meta = await metaOf(MULTI_YEAR);
    expect(meta).toEqual({
      title: '健康临江行动实施方案(2021—2025年)',
      issuer: '临江市健康临江行动领导小组办公室',
      docNumber: '临健领办〔2021〕3号',
      date: '2021-06-28',
      planYear: 2021,
      annual: false,
    });
  });

  it('takes an implementation opinion without a covering notice by its own heading and its closing signature', async () => {
    const meta = await metaOf(OWN_HEADING);
    expect(meta).toEqual({
      title: '云溪县人民政府关于深入推进健康云溪建设的实施意见',
      issuer: '云溪县人民政府',
      docNumber: null,
      date: '2021-09-01',
      planYear: 2021,
      annual: false,
    });
  });

  it('reads a web metadata table in HTML and full-width punctuation', async () => {
    const html = `<html><body><table>
      <tr><td>索 引 号${fullWidth(':')}</td><td>0001/2021-0042</td><td>成文日期${fullWidth(':')}</td><td>2021-03-18</td></tr>
      <tr><td>发布机构${fullWidth(':')}</td><td>市卫健委</td><td>文${fullWidth('  ')}号${fullWidth(':')}</td><td>溪卫发${fullWidth('(2021)')}7号</td></tr>
    </table>
    <h2>溪城市卫生健康委员会关于印发${fullWidth('《')}2021年溪城市卫生健康工作要点${fullWidth('》')}的通知</h2>
    <p>各县市区卫健局${fullWidth(':')}</p><p>现将要点印发给你们。</p>
    <p>溪城市卫生健康委员会</p><p>2021年3月19日</p>
    <h3>2021年溪城市卫生健康工作要点</h3><p>一、强化党的建设</p></body></html>`;
    const meta = await metaOf(html, 'page.html');
    expect(meta).toEqual({
      title: '2021年溪城市卫生健康工作要点',
      issuer: '溪城市卫生健康委员会',
      docNumber: `溪卫发${fullWidth('(2021)')}7号`,
      date: '2021-03-18',
      planYear: 2021,
      annual: true,
    });
  });

  it('puts back a first character lost in conversion only when the text names the place', async () => {
    const body = '为推进潜江市健康建设,潜江市各部门要落实。潜江市卫生健康委牵头。\n';
    const withPlace = await metaOf(`关于印发工作要点的通知\n${body}江市健康潜江工作领导小组办公室      2021629日印发`);
    expect(withPlace.issuer).toBe('潜江市健康潜江工作领导小组办公室');
    expect(withPlace.date).toBe('2021-06-29');
    const without = await metaOf(`关于印发工作要点的通知\n为推进健康建设。\n江市健康工作领导小组办公室      2021629日印发`);
    expect(without.issuer).toBe('江市健康工作领导小组办公室');
  });

  it('returns nulls for text that is not a plan document', async () => {
    expect(await metaOf('这是一段普通的文字,没有标题也没有落款。')).toEqual({
      title: null,
      issuer: null,
      docNumber: null,
      date: null,
      planYear: null,
      annual: false,
    });
  });
});
