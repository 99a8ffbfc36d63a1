// The build-time antd styles (antd-style-plugin.ts): which components a source file makes the build style, the CSS
// generated for one with the app theme, and the cut of antd's CSS generators from its style modules.
import { describe, expect, it } from 'vitest';
import { antdCss, antdImports, antdStaticStyle, dropBuildOnlySelectors } from '../antd-style-plugin.js';
import { palette } from '../src/theme.js';

describe('antd static styles', () => {
  it('finds the antd components a source imports, values only, Row and Col as the grid', () => {
    const code = `import { Button, Row, Col as Column, type TableProps, Tag } from 'antd';\nimport Drawer from 'antd/es/drawer';\nimport zh from 'antd/es/locale/zh_CN';`;
    expect(antdImports(code).sort()).toEqual(['Button', 'Drawer', 'Grid', 'Tag']);
    // Grid alone is the breakpoint hook: it draws nothing, so it brings no CSS.
    expect(antdImports(`import { Button, Grid } from 'antd';`)).toEqual(['Button']);
  });

  it('drops the selectors only the build-time render matches, and rules left without any', () => {
    const text = '.a{color:red}.css-var-_R_n_.ant-css-var{--x:1}.duban-antd.ant-modal-css-var,.css-var-_R_v_.ant-css-var{--y:2}';
    expect(dropBuildOnlySelectors(text)).toBe('.a{color:red}.duban-antd.ant-modal-css-var{--y:2}');
    expect(antdCss('Modal')).not.toContain('.css-var-_R_');
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
    // Nor from a compact group's or a search box's sheet.
    expect(antdCss('Space')).not.toMatch(/[{}]\.ant-btn\.ant-btn-icon-only\{/);
    expect(antdCss('Input')).not.toMatch(/[{}]\.ant-btn\.ant-btn-icon-only\{/);
    expect(button).toMatch(/[{}]\.ant-btn\.ant-btn-icon-only\{/);
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
