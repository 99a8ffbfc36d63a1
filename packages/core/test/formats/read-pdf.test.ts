import { describe, expect, it } from 'vitest';
import { cleanPdfLines, DocumentError, readDocument, type PdfLine } from '../../src/extract/formats/index.js';
import { tinyPdf } from '../support/tiny-pdf.js';

const HEADER = '潜江市人民政府办公室文件';
const page = (n: number, lines: string[]) => [HEADER, ...lines, `— ${n} —`];

describe('cleanPdfLines', () => {
  const line = (text: string, pageNo: number, full = false, breakBefore = false): PdfLine => ({ text, page: pageNo, full, breakBefore });

  it('joins a sentence broken at the margin, also across a page break', () => {
    const lines = [
      line('1.加强健康知识传播。组织各防治中心制作健康', 1, true),
      line('科普作品(市卫生健康委)', 1),
      line('2.发挥重点人群作用。将干部健康素养水平纳入', 1, true),
      line('—1—', 1),
      line('考核内容。', 2),
    ];
    expect(cleanPdfLines(lines)).toEqual([
      '1.加强健康知识传播。组织各防治中心制作健康科普作品(市卫生健康委)',
      '2.发挥重点人群作用。将干部健康素养水平纳入考核内容。',
    ]);
  });

  it('does not join onto a new numbered item or heading, nor after a sentence end', () => {
    const lines = [
      line('各区镇街道要明确相应机构', 1, true),
      line('(二)加强宣传', 1, true),
      line('完成全年任务。', 1, true),
      line('二、保障措施', 1),
    ];
    expect(cleanPdfLines(lines)).toEqual(['各区镇街道要明确相应机构', '(二)加强宣传完成全年任务。', '二、保障措施']);
  });

  it('does not run a comma-separated row on into the next numbered record, but joins a wrapped one', () => {
    const lines = [
      line('5,早餐工程,新增早餐网点15个,区商务委,"区市场监管局,各街镇",2024年9月底,', 1, true),
      line('6,中小学心理健康服务,配备专职心理健康教师,区教育局,区卫生健康委,每学期,持续', 1, true),
      line('推进', 1),
    ];
    expect(cleanPdfLines(lines)).toEqual([
      '5,早餐工程,新增早餐网点15个,区商务委,"区市场监管局,各街镇",2024年9月底,',
      '6,中小学心理健康服务,配备专职心理健康教师,区教育局,区卫生健康委,每学期,持续推进',
    ]);
  });

  it.each(['—1—', '— 2 —', '-3-', '第 3 页', '第3页 共12页', '3/12'])('drops the page number %s', (pageNumber) => {
    expect(cleanPdfLines([line('正文。', 1), line(pageNumber, 1)])).toEqual(['正文。']);
  });

  it('drops a bare page number set apart from the text, but keeps the numbers of a table flattened one cell per line', () => {
    expect(cleanPdfLines([line('正文。', 1), line('12', 1, false, true), line('正文续。', 2)])).toEqual(['正文。', '正文续。']);
    const cells = ['序号', '工作任务', '责任单位', '1', '开展宣传', '市卫生健康委', '2', '推进健身', '市体育局', '3'];
    expect(cleanPdfLines([...cells.map((c) => line(c, 1)), line('加强监测', 2), line('市疾控中心', 2)])).toEqual([
      ...cells,
      '加强监测',
      '市疾控中心',
    ]);
  });

  it('joins a line running to the margin even after a full stop, unless a paragraph starts below it', () => {
    const lines = [
      line('组织制定疾病筛查指南,提升筛查质量。', 1, true),
      line('将筛检技术列为公共卫生措施。', 1),
      line('开展一般人群心理健康科普讲座,做好患者管理。', 1, true),
      line('加强宣传。', 1, false, true),
    ];
    expect(cleanPdfLines(lines)).toEqual([
      '组织制定疾病筛查指南,提升筛查质量。将筛检技术列为公共卫生措施。',
      '开展一般人群心理健康科普讲座,做好患者管理。',
      '加强宣传。',
    ]);
  });

  it('drops running headers repeated on most pages but keeps a line seen once', () => {
    const bodies = [
      '一、总体要求',
      '加强宣传。',
      '二、重点任务',
      '推进健身。',
      '三、保障措施',
      '加强领导。',
      '四、其他',
      '本方案自印发之日起施行。',
    ];
    const lines = [1, 2, 3, 4].flatMap((p) => [
      line(HEADER, p),
      ...bodies.slice(p * 2 - 2, p * 2).map((b) => line(b, p)),
      line(`内部资料 ${p}`, p),
    ]);
    expect(cleanPdfLines(lines)).toEqual(bodies);
    expect(cleanPdfLines([line(HEADER, 1), line('加强宣传。', 1), line('推进健身。', 2)])).toEqual([HEADER, '加强宣传。', '推进健身。']);
  });
});

describe('readDocument: PDF', () => {
  it('extracts Chinese text from a text-layer PDF and removes page furniture', async () => {
    const bytes = tinyPdf([
      page(1, [
        '健康城市建设工作方案',
        '一、总体要求',
        '1.加强健康知识传播,组织各防治中心和各医共体牵头医院共同制作健康科普宣传',
        '作品。(市卫生健康委)',
      ]),
      page(2, ['2.推进全民健身。(市体育局)']),
      page(3, ['二、保障措施']),
    ]);
    const source = await readDocument({ bytes, fileName: 'plan.pdf' });
    expect(source.format).toBe('pdf');
    expect(source.text.split('\n')).toEqual([
      '健康城市建设工作方案',
      '一、总体要求',
      '1.加强健康知识传播,组织各防治中心和各医共体牵头医院共同制作健康科普宣传作品。(市卫生健康委)',
      '2.推进全民健身。(市体育局)',
      '二、保障措施',
    ]);
  });

  it('does not join a right-aligned signature onto the date below it', async () => {
    const wide = '为推进健康城市建设,结合本市实际,制定本方案,请各单位认真组织实施并按时报送。';
    const bytes = tinyPdf([
      [
        wide,
        '请认真执行。',
        { x: 72 + 12 * (wide.length - 10), text: '青川市人民政府办公室' },
        { x: 72 + 12 * (wide.length - 10), text: '2021年6月29日' },
      ],
    ]);
    const source = await readDocument({ bytes, fileName: 'plan.pdf' });
    expect(source.text.split('\n').slice(-2)).toEqual(['青川市人民政府办公室', '2021年6月29日']);
  });

  it('rejects a truncated PDF with a DocumentError', async () => {
    const bytes = tinyPdf([['健康']]).slice(0, 60);
    await expect(readDocument({ bytes, fileName: 'x.pdf' })).rejects.toBeInstanceOf(DocumentError);
  });
});
