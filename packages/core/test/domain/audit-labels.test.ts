import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditEntityLabel, auditObjectName, roleLabel } from '../../src/index.js';

const HAS_LATIN = /[A-Za-z]/;

describe('audit labels', () => {
  it('names every action the services record in Chinese', () => {
    const actions = [
      'create',
      'update',
      'delete',
      'import',
      'publish',
      'submit',
      'resubmit',
      'accept',
      'return',
      'complete',
      'suspend',
      'resume',
      'issue',
      'reply',
      'close',
      'login',
      'logout',
      'password',
      'revoke',
      'merge',
      'absorb',
      'alias',
      'periods.create',
      'evidence.add',
      'split',
      'reorder',
      'bulk_edit',
      'map_unit',
      'read',
    ];
    for (const a of actions) {
      expect(auditActionLabel(a), a).not.toMatch(HAS_LATIN);
      expect(auditActionLabel(a), a).not.toBe('其他操作');
    }
    expect(auditActionLabel('publish')).toBe('发布');
    expect(auditActionLabel('periods.delete')).toBe('删除报送周期');
  });

  it('falls back to Chinese for codes it does not know, never to the code', () => {
    expect(auditActionLabel('frobnicate')).toBe('其他操作');
    expect(auditActionLabel('tasks.update')).toBe('修改');
    expect(auditEntityLabel('widget')).toBe('其他对象');
    expect(auditEntityLabel('task')).toBe('任务');
    expect(roleLabel('liaison')).toBe('联络员');
    expect(roleLabel('root')).toBe('其他角色');
  });

  it('names the object from its snapshot, preferring the state after the change', () => {
    expect(auditObjectName({ name: '市卫生健康委' }, { name: '青川市卫生健康委' })).toBe('青川市卫生健康委');
    expect(auditObjectName({ title: '健康城市建设方案' }, null)).toBe('健康城市建设方案');
    expect(auditObjectName(null, { text: '加强健康教育'.repeat(10) })).toBe(`${'加强健康教育'.repeat(5)}…`);
    expect(auditObjectName(null, { id: 'x' })).toBeNull();
    expect(auditObjectName('plain', 3)).toBeNull();
  });
});
