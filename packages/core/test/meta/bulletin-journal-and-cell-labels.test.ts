import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const metaOf = async (lines: string[]) => {
  const { meta } = await parsePlan({ text: lines.join('\n'), fileName: 'page.txt' });
  return [meta.title, meta.issuer, meta.docNumber, meta.date];
};

describe('headers that name the document outside its title block', () => {
  it('reads a bulletin issue line as its number and title', async () => {
    expect(
      await metaOf([
        '督查通报〔2026〕第4期:关于某县2026年为民办实事推进情况的通报(截至8月底)',
        '现将有关进展情况通报如下。',
        '一、基本情况',
        '全年实事共12项,已完成5项。',
      ]),
    ).toEqual(['关于某县2026年为民办实事推进情况的通报(截至8月底)', null, '督查通报〔2026〕第4期', null]);
  });

  it('reads a journal page running header as issuer and title', async () => {
    const [title, issuer] = await metaOf([
      '2026 年 4 月 第 2 期          某省健康促进委员会办公室:某省健康促进行动2026年工作要点          9',
      '    (五)推进健康村镇建设。(省卫生健康委、省农业农村厅按职责分工负责)',
    ]);
    expect([title, issuer]).toEqual(['某省健康促进行动2026年工作要点', '某省健康促进委员会办公室']);
  });

  it('reads the office over a covering notice title, and the first of several plans it issues', async () => {
    expect(
      await metaOf([
        '某府办发〔2026〕12号',
        '某县人民政府办公室',
        '关于印发《某县防灾减灾“三个到位”工作方案》的通知',
        '各乡镇人民政府,县直有关单位:',
        '现将《某县防汛责任到位工作方案》《某县隐患排查到位工作方案》《某县应急演练到位工作方案》印发给你们,请认真贯彻落实。',
        '2026年3月2日',
        '某县防汛责任到位工作方案',
        '一、工作目标',
      ]),
    ).toEqual(['某县防汛责任到位工作方案', '某县人民政府办公室', '某府办发〔2026〕12号', '2026-03-02']);
  });

  it('reads a signature run into a one-line notice with spaced digits and a 此件 note after it', async () => {
    const [, issuer, , date] = await metaOf([
      '某镇人民政府办公室 关于印发某镇健康村建设实施方案的通知 各村委会,镇直各单位: 《某镇健康村建设实施方案》已经镇政府同意,现印发给你们,请认真组织实施。 某镇人民政府办公室 2026 年 2 月 7 日 (此件公开发布) 某镇健康村建设实施方案 一、总体要求',
    ]);
    expect([issuer, date]).toEqual(['某镇人民政府办公室', '2026-02-07']);
  });
});

describe('metadata cells and labels', () => {
  it('reads pipe cells whose labels keep a colon or are unusual, and a bulletin number for a 文号', async () => {
    expect(
      await metaOf([
        '文件名称 | 2026年第三次县长办公会议议定事项落实情况的通报 | ||',
        '公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 |',
        '文号 | 督查通报第九期 | 成文日期: | 2026年05月11日 |',
        '近期,县政府督查室对议定事项落实情况开展了督查,现通报如下。',
      ]),
    ).toEqual(['2026年第三次县长办公会议议定事项落实情况的通报', '某县政府办公室', '督查通报第九期', '2026-05-11']);
  });

  it('reads label/value pairs on one line without colons', async () => {
    const [, issuer, docNumber] = await metaOf([
      '文      号 某政办〔2026〕3号 信息分类: 综合政务',
      '发布机构 某区人民政府办公室 有 效 性 有效',
      '标     题 某区人民政府办公室关于印发2026年重点工作责任分解方案的通知',
    ]);
    expect([issuer, docNumber]).toEqual(['某区人民政府办公室', '某政办〔2026〕3号']);
  });

  it('reads 公文生成日期 as the written date and an infobox 颁布时间', async () => {
    const [, , , written] = await metaOf([
      '- 发布机构:某市人民政府办公室',
      '- 公文生成日期:2026-02-10',
      '- 标题:某市人民政府办公室关于2026年重点工作责任分解的通知',
      '- 发布日期:2026-02-13',
    ]);
    expect(written).toBe('2026-02-10');
    const [, , , infobox] = await metaOf([
      '某市人民政府關於印發健康某市行動實施方案的通知,是某市人民政府發布的檔案。',
      '  • 頒布時間:2026年4月8日',
      '  • 發布單位:某市人民政府',
      '  • 發文字號:某府發〔2026〕5號',
    ]);
    expect(infobox).toBe('2026-04-08');
  });

  it('reads an office with reading notes in a signature', async () => {
    const [, issuer] = await metaOf([
      '某辦(bàn)發〔2026〕8号',
      '各市(州)人民(mín)政府,省政府各部門:',
      '《某省優化營商環境2026年工(gōng)作(zuò)要點》已經省政府同意,現印發給你們,請認真組織實施。',
      '某省人民(mín)政府辦(bàn)公(gōng)廳',
      '2026年3月9日',
      '某省優化營商環境2026年工(gōng)作(zuò)要點',
    ]);
    expect(issuer).toBe('某省人民政府辦公廳');
  });

  it('does not take a reposting society named as 来源 for the issuer', async () => {
    const [, issuer, , date] = await metaOf([
      '某市绿色发展促进会 > 热点',
      '发表时间:2026-4-2 来源:某市绿色发展促进会 作者:管理员',
      '近日,有关部门发布重点工作分工,明确了牵头部门。',
    ]);
    expect([issuer, date]).toEqual([null, null]);
  });

  it('takes a 公示情况说明 heading for the title', async () => {
    const [title] = await metaOf([
      '某区人民政府 2026-05-10 16:36 来源: 区河道管理中心',
      '关于某区督察反馈问题整改任务(第三项)整改情况的公示情况说明',
      '整改完成情况:',
    ]);
    expect(title).toBe('关于某区督察反馈问题整改任务(第三项)整改情况的公示情况说明');
  });
});

describe('a news page about a 《政府工作报告》 division of work', () => {
  it('takes the page year as the plan year, so its targets fall due at that year end', async () => {
    const plan = await parsePlan({
      text: [
        '某市农业发展研究会 > 政策速递',
        '有关部门印发落实《政府工作报告》重点工作分工意见,这些工作由谁牵头?',
        '发表时间:2026-3-28 来源:某市农业发展研究会 作者:编辑部',
        '(十二)稳定粮食生产。新建高标准农田5000万亩以上。(农业农村部牵头,有关部门按职责分工负责)',
      ].join('\n'),
      fileName: 'page.txt',
    });
    expect([plan.meta.title, plan.meta.date, plan.meta.planYear, plan.meta.annual]).toEqual([null, null, 2026, true]);
    expect(plan.indicators.map((i) => i.due)).toEqual(['2026-12-31']);
  });
});
