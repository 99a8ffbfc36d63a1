import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CheckCircleFilled } from '@ant-design/icons';

/**
 * The outcome of a form or an action, written on the page and given keyboard focus: after a submit the control that
 * was used often disappears (a drawer closes, a row leaves the list), and focus would otherwise fall to <body>.
 * `note` goes where the result should be read; `show(text)` writes it and moves focus there.
 */
export function useResultNote(): { note: ReactNode; show: (text: string) => void } {
  const [text, setText] = useState<{ value: string; at: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show = useCallback((value: string) => setText({ value, at: Date.now() }), []);
  useEffect(() => {
    // After the closing drawer or modal has handed focus back, so this is where it stays.
    if (!text) return;
    const timer = window.setTimeout(() => ref.current?.focus(), 350);
    return () => window.clearTimeout(timer);
  }, [text]);
  const note = text ? (
    <div ref={ref} className="duban-result" role="status" tabIndex={-1} data-testid="result-note">
      <CheckCircleFilled aria-hidden /> {text.value}
    </div>
  ) : null;
  return { note, show };
}
