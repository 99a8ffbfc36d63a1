// lint-as: packages/api/src/lint-fixture.ts
// expect: duban/no-cross-package-relative
export { createServices } from '../../services/src/index.js';
