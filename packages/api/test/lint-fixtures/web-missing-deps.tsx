// lint-as: packages/web/src/lint-fixture.tsx
// expect: react-hooks/exhaustive-deps
import { useEffect, useState } from 'react';

export function Title({ name }: { name: string }) {
  const [title, setTitle] = useState('');
  useEffect(() => {
    setTitle(name);
  }, []);
  return <h1>{title}</h1>;
}
