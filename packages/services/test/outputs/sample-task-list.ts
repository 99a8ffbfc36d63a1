import type { TaskListData } from '../../src/outputs/task-list-xlsx.js';
import { deadlineText } from '../../src/outputs/task-list-xlsx.js';

/** A 任务清单 of two action areas, with shared leads, participants, month-end, mid-month and ongoing deadlines. */
export function sampleTaskList(): TaskListData {
  return {
    title: '健康盘锦行动2026年重点任务清单',
    sections: [
      {
        heading: '一、健康知识普及行动',
        rows: [
          {
            number: '1',
            text: '建立健全健康科普专家库和资源库，构建健康科普知识发布和传播机制。',
            leads: ['市卫生健康委'],
            participants: ['市委宣传部', '市教育局'],
            deadline: deadlineText(['2026-06-30'], false),
            progress: '',
          },
          {
            number: '2',
            text: '开展健康促进县区建设。',
            leads: ['市卫生健康委'],
            participants: [],
            deadline: deadlineText([], true),
            progress: '已完成60%',
          },
        ],
      },
      {
        heading: '二、合理膳食行动',
        rows: [
          {
            number: '3',
            text: '开展减盐、减油、减糖行动。',
            leads: ['市市场监管局', '市卫生健康委'],
            participants: ['市教育局'],
            deadline: deadlineText(['2026-12-31'], true),
            progress: '',
          },
          {
            number: '4',
            text: '推进营养健康食堂建设。',
            leads: ['市教育局'],
            participants: ['市总工会'],
            deadline: deadlineText(['2026-09-15'], false),
            progress: '',
          },
        ],
      },
    ],
  };
}
