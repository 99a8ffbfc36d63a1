import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isBodyTerminator } from '../../src/extract/structure/lines.js';

describe('the end of a plan copied onto an encyclopedia page', () => {
  it('keeps the last item whole: the reference list after it numbers no items', async () => {
    const text = [
      '健康鞍山行動實施方案',
      '三、組織實施',
      '(一)加強組織領導。成立健康鞍山行動推進委員會,統籌推進各項專項行動。',
      '(二)加強監測評估。建立健康鞍山行動監測評估制度,監測評估結果作為績效考核的重要依據。',
      '政策解讀',
      '為推進健康鞍山建設,市衛生健康委牽頭起草了《健康鞍山行動實施方案》。',
      '詞條圖冊 更多圖冊',
      '參考資料',
      '1. 鞍山市人民政府關於印發健康鞍山行動實施方案的通知 .鞍山市人民政府[引用日期2020-07-02]',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => t.number)).toEqual(['(一)', '(二)']);
    expect(plan.tasks[1]?.text).toContain('加強監測評估');
  });

  it('reads page furniture on a traditional-character mirror as the end of the body', () => {
    expect(isBodyTerminator('政策解讀')).toBe(true);
    expect(isBodyTerminator('相關鏈接')).toBe(true);
    expect(isBodyTerminator('版權所有:某市人民政府')).toBe(true);
  });
});
