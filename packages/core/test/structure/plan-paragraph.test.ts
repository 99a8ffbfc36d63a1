import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a whole plan run into one paragraph (a document site preview)', () => {
  it('cuts at 一、/二、 headings in sequence, their first items and the items that follow', async () => {
    const plan = await parsePlan({
      text: [
        '某区书香村居建设方案',
        '为推进全民阅读,结合本区实际,制定本方案。一、指导思想坚持以人民为中心,把阅读服务送到群众身边,营造书香氛围。二、建设目标到2025年,全区村居建成书屋,服务群众更加便利,形成长效运行机制。三、主要任务(一)完善阅读服务机制。1.建立联席会议制度。由区文旅局牵头,定期研究书屋建设中的问题。2.建立图书流转制度。各镇街每季度轮换书目,保证书屋常读常新。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.title])).toEqual([
      ['1', '建立联席会议制度'],
      ['2', '建立图书流转制度'],
    ]);
    expect(plan.tasks[0]?.path).toEqual(['三、主要任务', '(一)完善阅读服务机制']);
  });

  it('cuts a heading from its first item when only a space parts them', async () => {
    const plan = await parsePlan({
      text: [
        '某单位开展卫生月活动方案',
        '为做好卫生月活动,结合单位实际,制定本方案。 一、活动主题 清洁家园健康生活 二、主要任务及分工 (一)以整治环境为抓手,推进卫生单位建设 1.补齐设施短板。全面排查公共区域设施破损问题,限期完成整改。 2.开展清洁行动。每周组织一次集中清扫。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.title)).toEqual(['补齐设施短板', '开展清洁行动']);
  });

  it('keeps a goal section that shares its line with its first item out of the tasks', async () => {
    const plan = await parsePlan({
      text: [
        '某县2024年健康素养提升实施方案',
        '为提升居民健康素养,制定本方案。 一、主要目标(一)提高居民健康素养水平。全县居民健康素养水平达到全省平均水平。 (二)扎实开展健康促进行动,确保各项指标全部达标。 二、重点任务 (一)推进健康促进医院建设。各乡镇卫生院要完善健康教育制度,年内全部达标。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.title)).toEqual(['推进健康促进医院建设']);
  });
});

describe('an excerpt that starts inside the task list', () => {
  it('ranks a later (二) above the 6. seen first, by the usual order of Chinese numbering', async () => {
    const plan = await parsePlan({
      text: [
        '某市环境保护重点工作分工',
        '6.严格建设项目审批。对不符合要求的项目一律不予审批。',
        '牵头单位:市生态环境局',
        '(二)环境质量改善',
        '7.空气质量提升。开展扬尘源专项整治,全年优良天数稳中有升。',
        '牵头单位:市生态环境局',
        '配合单位:市住建局',
        '8.水质量提升。推进城镇污水管网建设,消除黑臭水体。',
        '牵头单位:市水务局',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.title, t.lead])).toEqual([
      ['6', '严格建设项目审批', ['市生态环境局']],
      ['7', '空气质量提升', ['市生态环境局']],
      ['8', '水质量提升', ['市水务局']],
    ]);
    expect(plan.tasks[1]?.path).toEqual(['(二)环境质量改善']);
  });
});
