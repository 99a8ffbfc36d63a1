// ESLint rule: a relative import may not reach into another workspace package's src (`../../storage/src/...`);
// packages meet through their names (@duban/storage), so the layer rules of eslint.config.js see every crossing.
// A path check needs the importing file's location, which no-restricted-imports patterns cannot express.
import path from 'node:path';

const PACKAGES = path.resolve(import.meta.dirname, '../../packages');

function packageOf(file) {
  const rel = path.relative(PACKAGES, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep)[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const noCrossPackageRelative = {
  meta: {
    type: 'problem',
    docs: { description: "forbid relative imports into another package's src" },
    schema: [],
    messages: { cross: "import '{{source}}' reaches into packages/{{target}}/src: import it as @duban/{{target}} instead" },
  },
  create(context) {
    const from = packageOf(context.filename);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const resolved = path.resolve(path.dirname(context.filename), source);
      const target = packageOf(resolved);
      const rest = target ? path.relative(path.join(PACKAGES, target), resolved).split(path.sep) : [];
      if (target && target !== from && rest[0] === 'src')
        context.report({ node: node.source, messageId: 'cross', data: { source, target } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
