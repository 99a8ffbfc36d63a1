import { describe, expect, it } from 'vitest';
import { decodeTextEntities } from '../../src/extract/formats/text-entities.js';

describe('decodeTextEntities', () => {
  it('decodes the references a copied page keeps, so their semicolons do not end clauses', () => {
    expect(decodeTextEntities('巩固&ldquo;三保障&rdquo;成果&mdash;&mdash;县卫健局')).toBe('巩固“三保障”成果——县卫健局');
    expect(decodeTextEntities('A&amp;B&nbsp;C')).toBe('A&B\u00a0C');
  });

  it('decodes decimal and hexadecimal references', () => {
    expect(decodeTextEntities('&#20219;&#x52a1;')).toBe('任务');
  });

  it('leaves unknown names and references without a semicolon as written', () => {
    expect(decodeTextEntities('R&D部门&foo;、A&B')).toBe('R&D部门&foo;、A&B');
  });
});
