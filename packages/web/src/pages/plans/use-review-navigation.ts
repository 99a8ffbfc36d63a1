import { useCallback, useState } from 'react';

/** Which task is active and which pane and tab are shown, with the two ways of moving between source and plan. */
export function useReviewNavigation(wide: boolean) {
  const [active, setActive] = useState<string | null>(null);
  const [tab, setTab] = useState('tasks');
  const [pane, setPane] = useState('plan');
  const jump = useCallback(
    (ref: string) => {
      setActive(ref);
      // On a phone the source is a second tab: switch to it, then scroll once it is visible.
      if (!wide) setPane('source');
      setTimeout(() => document.getElementById(`src-${ref}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' }), wide ? 0 : 60);
    },
    [wide],
  );
  const pickFromSource = useCallback((ref: string) => {
    setActive(ref);
    setTab('tasks');
    setPane('plan');
    document.getElementById(`task-${ref}`)?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);
  return { active, tab, setTab, pane, setPane, jump, pickFromSource };
}
