// lint-as: packages/web/src/lint-fixture.tsx
// expect: react-hooks/rules-of-hooks
import { useState } from 'react';

export function Counter({ on }: { on: boolean }) {
  if (on) {
    const [n] = useState(0);
    return <span>{n}</span>;
  }
  return null;
}
