// The build-time antd styles (antd-style-plugin.ts): which components a source file makes the build style, the CSS
// generated for one with the app theme, and the cut of antd's CSS generators from its style modules.
import { describe, expect, it } from 'vitest';
import { antdCss, antdImports, antdStaticStyle } from '../antd-style-plugin.js';
import { palette } from '../src/theme.js';

describe('antd static styles', () => {
  it('finds the antd components a source imports, values only, Row and Col as the grid', () => {
    const code = `import { Button, Row, Col as Column, type TableProps, Tag } from 'antd';\nimport Drawer from 'antd/es/drawer';\nimport zh from 'antd/es/locale/zh_CN';`;
    expect(antdImports(code).sort()).toEqual(['Button', 'Drawer', 'Grid', 'Tag']);
  });

  it("generates a component's CSS with the theme, in @layer antd, without the shared reset", () => {
    const button = antdCss('Button');
    expect(button.startsWith('@layer antd{')).toBe(true);
    expect(button).toContain('.ant-btn');
    // No hash in the selectors: the browser's classes carry none (hashed: false).
    expect(button).not.toMatch(/:where\(\.css-/);
    const base = antdCss('base');
    expect(base).toContain(`--ant-color-primary:${palette.primary}`);
    expect(button).not.toContain('--ant-color-primary:');
    // A modal draws buttons, whose rules come from Button's own stylesheet, not again from Modal's.
    expect(button).toContain('.ant-btn-variant-solid');
    const modal = antdCss('Modal');
    expect(modal).toContain('.ant-modal');
    expect(modal).not.toContain('.ant-btn-variant-solid');
  });

  it("empties the CSS generator of antd's style hooks and leaves the token function", async () => {
    const plugin = antdStaticStyle();
    const code = `import { genStyleHooks } from '../../theme/internal';\nconst gen = (token) => ({ a: token.x });\nexport const prepareComponentToken = (t) => ({ y: t.y });\nexport default genStyleHooks('Demo', (token) => [gen(token)], prepareComponentToken, { unitless: {} });\n`;
    const parse = (await import('vite')).parseAst;
    const transform = plugin.transform as (this: { parse: typeof parse }, code: string, id: string) => { code: string } | undefined;
    const out = transform.call({ parse }, code, '/x/node_modules/antd/es/demo/style/index.js');
    expect(out?.code).toContain("genStyleHooks('Demo', () => [], prepareComponentToken, { unitless: {} })");
    expect(transform.call({ parse }, code, '/x/node_modules/antd/es/demo/index.js')).toBeUndefined();
  });
});
