import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.number, t.lead, t.participants, t.separateLeads]);

describe('roles in records of fields and section sentences', () => {
  it('ends a unit field at a spaced field of no role, items run together on one line', async () => {
    const plan = await parsePlan({
      text: [
        '某市人民政府办公室关于2026年十件民生实事进展情况的公示',
        '  现将进展情况公示如下。',
        '1.新增城镇就业2万人。 牵头领导:某某 责任单位:市人社局 项目责任人:某某 配合单位:市财政局、各县区政府 进展情况:新增1万人。 2.建设农贸市场8个。 牵头领导:某某 责任单位:市商务局 项目责任人:某某 配合单位:市市场监管局 进展情况:已开工5个。',
        '3.新增学位5000个。 牵头领导:某某 责任单位:市教育局 项目责任人:某某 进展情况:主体完工。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['市人社局'], ['市财政局', '各县区政府'], false],
      ['2', ['市商务局'], ['市市场监管局'], false],
      ['3', ['市教育局'], [], false],
    ]);
  });

  it('reads a 部门分工 line written with role verbs beside person and time-limit lines', async () => {
    const plan = await parsePlan({
      text: [
        '某县人民政府办公室关于印发2026年重点工作任务分工的通知',
        '一、推动农业农村现代化',
        '1.新建高标准农田3万亩。',
        '分管县领导:某某',
        '部门分工:县农业农村局牵头,县水利局、各乡镇人民政府配合。',
        '完成时限:2026年11月底前',
        '2.开展安全生产治本攻坚,坚决遏制较大事故发生。',
        '分管县领导:某某',
        '部门分工:县应急管理局牵头,县安委会各成员单位按职责分工负责。',
        '完成时限:长期坚持',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['县农业农村局'], ['县水利局', '各乡镇人民政府'], false],
      ['2', ['县应急管理局', '县安委会各成员单位'], [], true],
    ]);
    expect(plan.tasks.map((t) => [t.due, t.ongoing])).toEqual([
      [['2026-11-30'], false],
      [[], true],
    ]);
  });

  it('gives a section sentence "由X承办,Y协办" to the items that name no units of their own', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年乡村振兴重点任务分工方案',
        '一、壮大特色产业',
        '由县农业农村局承办,县工信局、县商务局协办。',
        '(一)推进茶园生态化改造,新增生态茶园1.5万亩。',
        '(二)由县商务局负责,县邮政分公司配合,建设农村电商公共服务中心,11月底前投入运营。',
        '二、推进和美乡村建设',
        '由县住建局牵头,县水利局配合。',
        '(三)完成农村生活污水治理行政村28个。',
        '三、组织保障',
        '(四)各乡镇要落实主体责任,每季度报送工作进展。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['(一)', ['县农业农村局'], ['县工信局', '县商务局'], false],
      ['(二)', ['县商务局'], ['县邮政分公司'], false],
      ['(三)', ['县住建局'], ['县水利局'], false],
      ['(四)', [], [], false],
    ]);
  });
});
